"""Dates as the record states them: RFC 3339 whatever form the page wrote (dates.py)."""

import pytest

from newsparse.dates import is_rfc3339, not_before, rfc3339


@pytest.mark.parametrize(("written", "stated"), [
    ("2019-11-19T21:57:01+00:00", "2019-11-19T21:57:01+00:00"),
    ("2019-11-19T21:57:01+0000", "2019-11-19T21:57:01+00:00"),
    ("2019-11-19T21:57:01-0500", "2019-11-19T21:57:01-05:00"),
    ("2019-11-19T21:57:01+01", "2019-11-19T21:57:01+01:00"),
    ("2019-11-19T21:57:01Z", "2019-11-19T21:57:01Z"),
    ("2019-11-19T21:57:01.123z", "2019-11-19T21:57:01.123Z"),
    ("2019-11-19 21:57:01 GMT", "2019-11-19T21:57:01+00:00"),
    ("2019-11-19 21:57:01 UTC", "2019-11-19T21:57:01+00:00"),
    ("2019-11-19 21:57:01 +02:00", "2019-11-19T21:57:01+02:00"),
    ("2019-11-19T21:57+02:00", "2019-11-19T21:57:00+02:00"),
    ("2019-11-19T21:57:01", "2019-11-19"),  # no zone: the day is known, the instant is not
    ("2019-11-19 21:57:01", "2019-11-19"),
    ("2019-11-19", "2019-11-19"),
    ("  2019-11-19T08:00:00+01:00  ", "2019-11-19T08:00:00+01:00"),
    ("Tue, 19 Nov 2019 21:57:01 GMT", "2019-11-19T21:57:01+00:00"),
    ("Tue, 19 Nov 2019 21:57:01 +0100", "2019-11-19T21:57:01+01:00"),
    ("Tue, 19 Nov 2019 21:57:01 -0000", "2019-11-19"),
])
def test_every_written_form_becomes_rfc3339(written, stated):
    assert rfc3339(written) == stated
    assert is_rfc3339(stated)


@pytest.mark.parametrize("nonsense", [
    "2019-02-30", "2019-13-01T00:00:00Z", "2019-11-19T25:61:00Z", "yesterday", "", "   ",
    None, 20191119, "19.11.2019",
])
def test_what_is_no_date_is_none(nonsense):
    assert rfc3339(nonsense) is None


@pytest.mark.parametrize("not_rfc", [
    "2019-11-19T21:57:01+0000", "2019-11-19 21:57:01", "2019-11-19T21:57:01", "2019-11-19T21:57Z",
    "Tue, 19 Nov 2019 21:57:01 GMT",
])
def test_other_forms_are_not_rfc3339(not_rfc):
    assert not is_rfc3339(not_rfc)


def test_modified_is_never_earlier_than_published():
    assert not_before("2019-11-20T08:00:00+00:00", "2019-11-19T21:57:01+00:00") \
        == "2019-11-20T08:00:00+00:00"
    assert not_before("2019-11-18T08:00:00+00:00", "2019-11-19T21:57:01+00:00") is None
    # the same instant in two zones is not earlier
    assert not_before("2019-11-19T22:57:01+01:00", "2019-11-19T21:57:01+00:00") \
        == "2019-11-19T22:57:01+01:00"
    assert not_before("2019-11-18", "2019-11-19T21:57:01+00:00") is None
    assert not_before("2019-11-19", "2019-11-19T21:57:01+00:00") == "2019-11-19"
    assert not_before("2019-11-19", None) == "2019-11-19"
