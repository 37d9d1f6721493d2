from decimal import Decimal

import pytest

from ideas.ikm import ikm_grade


@pytest.mark.parametrize(
    ("value", "letter"),
    [
        ("25.00", "D"),
        ("64.99", "D"),
        ("65.00", "C"),
        ("76.60", "C"),
        ("76.61", "B"),
        ("88.30", "B"),
        ("88.31", "A"),
        ("100.00", "A"),
    ],
)
def test_grade_boundaries_follow_the_ikm_scale(value, letter):
    assert ikm_grade(Decimal(value))[0] == letter


@pytest.mark.parametrize("value", [None, "24.99", "100.01"])
def test_no_grade_outside_the_scale(value):
    assert ikm_grade(None if value is None else Decimal(value)) is None
