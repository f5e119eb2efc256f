"""The AI Center's catalogue: member organisations' products and services, buyers' inquiries,
and exhibition booths."""
