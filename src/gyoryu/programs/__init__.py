"""Programs: delegations, study tours, summits and exhibitions."""
