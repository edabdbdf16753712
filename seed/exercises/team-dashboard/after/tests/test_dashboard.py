from datetime import date, timedelta
from unittest.mock import patch

from app.db import db
from app.models import Member, Task, Team


def seed_team():
    team = Team(id=1, name="Payments", slug="payments")
    ada = Member(id=1, team_id=1, name="Ada", email="ada@example.com")
    grace = Member(id=2, team_id=1, name="Grace", email="grace@example.com")
    yesterday = date.today() - timedelta(days=1)
    next_week = date.today() + timedelta(days=7)
    tasks = [
        Task(title="Refund webhook", status="in_progress", assignee_id=1, due_date=yesterday),
        Task(title="Card expiry emails", status="todo", assignee_id=1, due_date=next_week),
        Task(title="Ledger export", status="done", assignee_id=1),
        Task(title="3DS retries", status="todo", assignee_id=2, due_date=next_week),
    ]
    db.session.add_all([team, ada, grace, *tasks])
    db.session.commit()


@patch("app.services.dashboard.fetch_deploy_count", return_value=12)
def test_dashboard_shows_open_tasks_per_member(_deploys, client, login):
    seed_team()
    login(1)

    response = client.get("/api/teams/1/dashboard")

    assert response.status_code == 200
    body = response.get_json()
    assert body["team"]["name"] == "Payments"
    assert body["open_tasks"] == 3
    assert body["deploys_last_7_days"] == 12
    assert [m["name"] for m in body["members"]] == ["Ada", "Grace"]
    assert body["members"][0]["open_tasks"] == 2
    assert body["members"][0]["overdue_tasks"] == 1
