"""The lists of the window and of ``partnerdesk list``: one description, one query, no Qt.

- :mod:`.spec`: a list described once (:class:`~.spec.ListSpec`: columns as SQL expressions over
  the model and its joins, the default order); the lists of every feature live beside it
  (``partnerships``, ``missions``, …) and :mod:`.catalog` names them for the command line;
- :mod:`.compiler`: a spec turned into plain SQL text for one database dialect
  (:class:`~.compiled.CompiledList`), once per list;
- :mod:`.query`: sort keys, the filter and keyset paging over that text, with any DB-API
  connection — the window's table model, the start preview (plain ``sqlite3`` before SQLAlchemy
  is loaded) and the command line all page through :class:`~.query.ListQuery`, so they cannot
  disagree on what a list shows.

:mod:`.compiled` and :mod:`.query` import nothing but the standard library and
:mod:`desktop_app.services.formatting`: the start preview uses them before the database layer.
"""
