"""The generic list+detail view: lazy SQL table model, generated form, child lists."""
