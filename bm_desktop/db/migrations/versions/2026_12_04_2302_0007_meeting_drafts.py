"""Meeting mode keeps a local, unsynchronised draft of what is typed (meeting_drafts).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'meeting_drafts',
        sa.Column('site_id', sa.Uuid(), nullable=False),
        sa.Column('month', sa.String(length=7), nullable=False),
        sa.Column('kept_at', sa.DateTime(), nullable=False),
        sa.Column('content', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['site_id'], ['sites.id'],
                                name=op.f('fk_meeting_drafts_site_id_sites')),
        sa.PrimaryKeyConstraint('site_id', 'month', name=op.f('pk_meeting_drafts')),
    )


def downgrade() -> None:
    op.drop_table('meeting_drafts')
