"""The words of the domain as people see them on screen, through Qt's translation.

The domain keeps stable keys ("civil_society", "threat", "points"); these functions give the
label for the running language. ``QCoreApplication.translate`` with a fixed context is what
``self.tr()`` does inside a class, and pyside6-lupdate finds both.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def stakeholder_labels() -> dict[str, str]:
    return {
        "member_state": QCoreApplication.translate("Vocabulary", "Member State"),
        "un_system": QCoreApplication.translate("Vocabulary", "UN system entity"),
        "civil_society": QCoreApplication.translate("Vocabulary", "Civil society"),
        "professional_association": QCoreApplication.translate("Vocabulary", "Professional association"),
        "academia": QCoreApplication.translate("Vocabulary", "Academia"),
        "private_sector": QCoreApplication.translate("Vocabulary", "Private sector"),
        "local_government": QCoreApplication.translate("Vocabulary", "Local government"),
        "staff": QCoreApplication.translate("Vocabulary", "UN-Habitat staff"),
        "other": QCoreApplication.translate("Vocabulary", "Other"),
    }


def group_name(key: str, by: str) -> str:
    """A group of the analysis's breakdowns (its key: a value of ``by``, "other", "" for none) on screen."""
    if not key:
        return QCoreApplication.translate("Vocabulary", "Not recorded")
    if key == "other" or by == "stakeholder_group":
        return stakeholder_labels().get(key, key)
    return key


def swot_labels() -> dict[str, str]:
    return {
        "strength": QCoreApplication.translate("Vocabulary", "Strength"),
        "weakness": QCoreApplication.translate("Vocabulary", "Weakness"),
        "opportunity": QCoreApplication.translate("Vocabulary", "Opportunity"),
        "threat": QCoreApplication.translate("Vocabulary", "Threat"),
    }


def kind_labels() -> dict[str, str]:
    return {
        "ranking": QCoreApplication.translate("Vocabulary", "Ranking"),
        "points": QCoreApplication.translate("Vocabulary", "Points"),
        "rating": QCoreApplication.translate("Vocabulary", "Rating"),
        "open": QCoreApplication.translate("Vocabulary", "Open discussion"),
    }


def language_labels() -> dict[str, str]:
    """The six UN languages, each named in its own language so everyone can find theirs."""
    return {
        "en": "English",
        "fr": "Français",
        "es": "Español",
        "ru": "Русский",
        "zh": "中文",
        "ar": "العربية",
    }


def group_label(key: str) -> str:
    return stakeholder_labels().get(key, key)

