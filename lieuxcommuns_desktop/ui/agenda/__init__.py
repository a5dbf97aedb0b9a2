"""The agenda builder (*déroulé*) of an atelier."""
