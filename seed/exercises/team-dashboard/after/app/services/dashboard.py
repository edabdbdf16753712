import json
from datetime import date

from sqlalchemy import text

from app.clients.metrics import fetch_deploy_count
from app.db import db
from app.models import Member, Task, Team


def build_dashboard(team_id):
    team = db.get_or_404(Team, team_id)
    members = db.session.scalars(
        db.select(Member).where(Member.team_id == team_id).order_by(Member.name)
    ).all()

    cards = []
    for member in members:
        open_tasks = db.session.scalars(
            db.select(Task)
            .where(Task.assignee_id == member.id, Task.status != "done")
            .order_by(Task.due_date)
        ).all()
        cards.append(_member_card(member, open_tasks))

    return {
        "team": {"id": team.id, "name": team.name},
        "members": cards,
        "open_tasks": sum(card["open_tasks"] for card in cards),
        "deploys_last_7_days": fetch_deploy_count(team.slug),
    }


def _member_card(member, open_tasks):
    today = date.today()
    overdue = [t for t in open_tasks if t.due_date is not None and t.due_date < today]
    return {
        "id": member.id,
        "name": member.name,
        "open_tasks": len(open_tasks),
        "overdue_tasks": len(overdue),
        "next_due": open_tasks[0].due_date.isoformat() if len(open_tasks) > 0 and open_tasks[0].due_date else None,
    }


def search_team_tasks(team_id, query):
    """Tasks of the team whose title contains `query`, most recently updated first."""
    if query == "":
        return []

    sql = (
        "SELECT t.id, t.title, t.status, m.name AS assignee "
        "FROM tasks t JOIN members m ON m.id = t.assignee_id "
        f"WHERE m.team_id = {team_id} AND t.title ILIKE '%{query}%' "
        "ORDER BY t.updated_at DESC LIMIT 50"
    )
    rows = db.session.execute(text(sql)).mappings()
    return [dict(row) for row in rows]
