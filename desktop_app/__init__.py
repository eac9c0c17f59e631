"""Cloud PBX sales assistant: price the «Облачная АТС» plans, compare them, write the quote."""

__version__ = "0.1.0"
