"""The programme page: timeline, membership grid, dashboard, phases, sheet."""
