"""The pricing core: catalog, requirements, price lines, recommendation. No Qt, no I/O but reading a catalog."""

from desktop_app.core.catalog import Catalog, CatalogError, CrmConnector, Feature, Plan, load_catalog
from desktop_app.core.pricing import LINE_CODES, TOTAL_CODES, Comparison, PlanQuote, PriceLine, Reason, compare
from desktop_app.core.requirements import FIELDS, Problem, Requirements, RequirementsError, parse_requirements

__all__ = [
    "FIELDS",
    "LINE_CODES",
    "TOTAL_CODES",
    "Catalog",
    "CatalogError",
    "Comparison",
    "CrmConnector",
    "Feature",
    "Plan",
    "PlanQuote",
    "PriceLine",
    "Problem",
    "Reason",
    "Requirements",
    "RequirementsError",
    "compare",
    "load_catalog",
    "parse_requirements",
]
