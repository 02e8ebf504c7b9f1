"""What the generator aims at: the published figures of the 2021-22 reporting year.

These numbers steer the *generator* only. The KPI code never sees them: the tests
compute the figures from the generated rows and compare them with DOMAIN.md.
"""

from __future__ import annotations

import datetime as dt

from bm_desktop.domain.kpi import Period

DATA_START = dt.date(2020, 1, 1)
DATA_END = dt.date(2022, 12, 31)
REPORTING_YEAR = Period(dt.date(2021, 4, 1), dt.date(2022, 3, 31))
AS_OF = REPORTING_YEAR.end
BEFORE_YEAR = Period(DATA_START, REPORTING_YEAR.start - dt.timedelta(days=1))
AFTER_YEAR = Period(REPORTING_YEAR.end + dt.timedelta(days=1), DATA_END)

# Incidents that count (recorded, not rejected) in the reporting year.
INCIDENTS_IN_YEAR = 2048
CHILD_LABOUR_IN_YEAR = 240
WFCL_IN_YEAR = 118  # "about half"
RWANDA_CHILD_LABOUR = 4
RWANDA_WFCL = 3
# The cobalt site whose child labour fell from Q3 to Q4 2021, by calendar quarter of the year.
DROP_SITE = "LB-01"  # Karajipopo
DROP_SITE_CHILD_LABOUR = {"2021Q2": 26, "2021Q3": 33, "2021Q4": 7, "2022Q1": 5}
DROP_SITE_WFCL = 36
# Luhihi: security-force incidents until May 2021, none afterwards.
SECURITY_FORCES_SITE = "SK-01"
SECURITY_FORCES_LAST_DAY = dt.date(2021, 5, 31)
SECURITY_FORCES_IN_YEAR = 6  # all in April-May 2021
# Not counted, to show the rules: rejected, and tombstoned duplicates.
REJECTED_IN_YEAR = 71
DELETED_IN_YEAR = 6

# Volumes outside the year (recorded incidents, child-labour share, rejected).
INCIDENTS_BEFORE = 1650
INCIDENTS_AFTER = 1500
CHILD_LABOUR_SHARE_BEFORE = 0.15
CHILD_LABOUR_SHARE_AFTER = 0.09
REJECTED_BEFORE = 50
REJECTED_AFTER = 40
SECURITY_FORCES_BEFORE = 14  # at Luhihi, mostly in early 2021

# Corrective actions recommended since the start, status as of 2022-03-31.
# (in progress, implemented, verified, recommended, cancelled)
CHILD_LABOUR_ACTIONS = (30, 32, 35, 19, 6)  # 122 in all, 97 implementing
OTHER_ACTIONS = (230, 270, 291, 151, 34)  # 976 in all, 791 implementing
TRAININGS_DELIVERED = 50  # implemented or verified by 2022-03-31
CAMPAIGNS_DELIVERED = 23
TRAININGS_PENDING = 14  # recommended or in progress, not delivered by then
CAMPAIGNS_PENDING = 7
ACTIONS_AFTER = 480  # recommended after 2022-03-31

# CAP meetings.
MEETINGS_START = dt.date(2020, 9, 1)
MEETINGS_HELD_BY_AS_OF = 140
MEETINGS_CANCELLED_BY_AS_OF = 9
MEETINGS_HELD_AFTER = 110
MEETINGS_CANCELLED_AFTER = 5
PLANNED_MONTHS = ("2023-01", "2023-02")

# Security events (ACLED-like) around the sites, and the recent ones near sites.
SECURITY_EVENTS = 900
RECENT_EVENTS_NEAR_SITES = 10  # within 25 km of a site in the year's last 30 days
