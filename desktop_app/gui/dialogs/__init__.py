"""The dialogs: who a quote is for and in which format, the seller settings, the end of an export."""
