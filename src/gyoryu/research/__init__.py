"""Research: trends over what the platform stores (news events, organisations, outcomes) and the
periodic Korea–China AI exchange report."""
