"""Incidents keep the monitor's field submission they came from: instance id and photos.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 00:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('submission_id', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('photos', sa.Text(), nullable=True))
        batch_op.create_index(batch_op.f('ix_incidents_submission_id'), ['submission_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incidents_submission_id'))
        batch_op.drop_column('photos')
        batch_op.drop_column('submission_id')
