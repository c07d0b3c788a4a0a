"""The four rubric dimensions, one module each, all working on a shared :class:`Context`."""
