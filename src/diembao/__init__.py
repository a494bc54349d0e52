"""diembao: press monitoring for Vietnamese news."""

__version__ = "0.1.0"
