"""Document actions: export Word/Excel documents, read an edited workplan back."""
