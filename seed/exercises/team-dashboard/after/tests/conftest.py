import pytest

from app import create_app
from app.config import TestConfig
from app.db import db


@pytest.fixture
def app():
    app = create_app(TestConfig)
    with app.app_context():
        db.create_all()
        yield app
        db.drop_all()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def login(client):
    def login_as(member_id):
        with client.session_transaction() as session:
            session["member_id"] = member_id

    return login_as
