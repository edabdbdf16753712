from flask import Blueprint, jsonify

from app.auth import require_team_member
from app.db import db
from app.models import Member, Team

teams_bp = Blueprint("teams", __name__)


@teams_bp.get("/<int:team_id>")
@require_team_member
def get_team(team_id):
    team = db.get_or_404(Team, team_id)
    members = db.session.scalars(
        db.select(Member).where(Member.team_id == team_id).order_by(Member.name)
    ).all()
    return jsonify(
        {
            "id": team.id,
            "name": team.name,
            "members": [{"id": m.id, "name": m.name} for m in members],
        }
    )
