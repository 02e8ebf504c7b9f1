"""Local record of every showing of an incident's sensitive details (sensitive_reveals).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 00:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sensitive_reveals',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('incident_id', sa.Uuid(), nullable=False),
        sa.Column('revealed_at', sa.DateTime(), nullable=False),
        sa.Column('role', sa.String(length=40), nullable=True),
        sa.Column('user_name', sa.String(length=120), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sensitive_reveals')),
    )
    op.create_index(op.f('ix_sensitive_reveals_incident_id'), 'sensitive_reveals',
                    ['incident_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_sensitive_reveals_incident_id'), table_name='sensitive_reveals')
    op.drop_table('sensitive_reveals')
