"""Security events keep what is known of their date (day, month or year); imports are
undoable batches (local tables import_batches and import_batch_rows).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('security_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('date_unit', sa.String(length=5), server_default='day',
                                      nullable=False))
    op.create_table('import_batches',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('added', sa.Integer(), nullable=False),
    sa.Column('updated', sa.Integer(), nullable=False),
    sa.Column('removed', sa.Integer(), nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batches'))
    )
    op.create_table('import_batch_rows',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('op', sa.String(length=10), nullable=False),
    sa.Column('before', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batches.id'],
                            name=op.f('fk_import_batch_rows_batch_id_import_batches'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch_rows'))
    )
    with op.batch_alter_table('import_batch_rows', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_batch_rows_batch_id'), ['batch_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('import_batch_rows', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_batch_rows_batch_id'))
    op.drop_table('import_batch_rows')
    op.drop_table('import_batches')
    with op.batch_alter_table('security_events', schema=None) as batch_op:
        batch_op.drop_column('date_unit')
