"""visit records: a visit done or not, incidents verified or raised and actions checked on it

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 23:45:00

``site_visits`` gains ``done`` (existing visits took place: server default true);
``visit_incidents`` and ``visit_actions`` are synchronised, append-only links that
reach their site through the visit (see sync/server/scope.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column]:
    return [sa.Column('id', sa.Uuid(), nullable=False),
            sa.Column('updated_at', sa.String(length=64), nullable=False),
            sa.Column('updated_by', sa.String(length=64), nullable=False),
            sa.Column('deleted', sa.Boolean(), nullable=False)]


def upgrade() -> None:
    with op.batch_alter_table('site_visits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('done', sa.Boolean(), server_default=sa.true(),
                                      nullable=False))
    op.create_table('visit_incidents',
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('incident_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    *_synced_columns(),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_visit_incidents_incident_id_incidents')),
    sa.ForeignKeyConstraint(['visit_id'], ['site_visits.id'], name=op.f('fk_visit_incidents_visit_id_site_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_incidents')),
    sa.UniqueConstraint('visit_id', 'incident_id', name='uq_visit_incidents_pair')
    )
    with op.batch_alter_table('visit_incidents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_incidents_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_incidents_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_incidents_visit_id'), ['visit_id'], unique=False)
    op.create_table('visit_actions',
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('action_id', sa.Uuid(), nullable=False),
    *_synced_columns(),
    sa.ForeignKeyConstraint(['action_id'], ['corrective_actions.id'], name=op.f('fk_visit_actions_action_id_corrective_actions')),
    sa.ForeignKeyConstraint(['visit_id'], ['site_visits.id'], name=op.f('fk_visit_actions_visit_id_site_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_actions')),
    sa.UniqueConstraint('visit_id', 'action_id', name='uq_visit_actions_pair')
    )
    with op.batch_alter_table('visit_actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_actions_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_actions_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_actions_visit_id'), ['visit_id'], unique=False)


def downgrade() -> None:
    op.drop_table('visit_actions')
    op.drop_table('visit_incidents')
    with op.batch_alter_table('site_visits', schema=None) as batch_op:
        batch_op.drop_column('done')
