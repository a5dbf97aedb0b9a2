"""Role matrix, decision matrix (today / target) and commons grid tools."""
