"""Every page loads from 127.0.0.1 alone, with no failed request and no console error.

Readers in mainland China cannot reach Google Fonts, jsDelivr or the GitHub API, and the site must
work offline, so any request to another host is a failure, whatever it is for.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import PAGES, Traffic, open_page, page_id


@pytest.mark.parametrize("path", PAGES, ids=page_id)
def test_page_requests_only_the_site(page: Page, traffic: Traffic, path: str) -> None:
    open_page(page, path)
    assert not traffic.third_party(), f"requests to other hosts: {traffic.third_party()}"
    assert not traffic.failures, f"failed requests: {traffic.failures}"
    assert not traffic.errors, f"console errors: {traffic.errors}"
