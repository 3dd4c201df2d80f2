"""Question answering over government task ledgers (the Jiangxi "获得电力" ledger first).

The pipeline runs one way: parse (:mod:`assistant.ledger`) → records
(:mod:`assistant.records`) → index (:mod:`assistant.store`) → retrieve
(:mod:`assistant.retrieve`) → understand and answer (:mod:`assistant.understand`,
:mod:`assistant.rules`), wrapped by :class:`assistant.core.Assistant`.
"""

from assistant.records import Answer, Deadline, Ledger, Measure, Source, Task

__all__ = ["Answer", "Deadline", "Ledger", "Measure", "Source", "Task"]
__version__ = "0.1.0"
