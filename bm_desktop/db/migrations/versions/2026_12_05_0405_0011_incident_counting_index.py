"""A covering index for counting incidents (ix_incidents_counting).

Every count of incidents filters a period, deletion, verification and severity and
groups by site, risk area or day; with this index SQLite answers from the index alone
instead of fetching each row of the period from the table (see db/models/incidents.py).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 04:05:00
"""

from __future__ import annotations

from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

COLUMNS = ['occurred_on', 'deleted', 'verification', 'severity', 'site_id', 'risk_area_id', 'id']


def upgrade() -> None:
    op.create_index('ix_incidents_counting', 'incidents', COLUMNS, unique=False)


def downgrade() -> None:
    op.drop_index('ix_incidents_counting', table_name='incidents')
