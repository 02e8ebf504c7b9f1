"""Agenda items keep every row they are about (ref_ids); meetings keep their start time.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 20:19:00.882383
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ref_ids', sa.Text(), nullable=True))

    with op.batch_alter_table('cap_meetings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('starts_at', sa.String(length=5), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('cap_meetings', schema=None) as batch_op:
        batch_op.drop_column('starts_at')

    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_column('ref_ids')
