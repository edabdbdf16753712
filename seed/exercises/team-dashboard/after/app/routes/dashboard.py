from flask import Blueprint, jsonify, request

from app.auth import require_team_member
from app.services.dashboard import build_dashboard, search_team_tasks

dashboard_bp = Blueprint("dashboard", __name__)


@dashboard_bp.get("/<int:team_id>/dashboard")
@require_team_member
def team_dashboard(team_id):
    """Team overview: open tasks per member and deploys this week.

    The dashboard page polls this every 30 seconds while it is open.
    """
    return jsonify(build_dashboard(team_id))


@dashboard_bp.get("/<int:team_id>/dashboard/search")
@require_team_member
def search_tasks(team_id):
    query = request.args.get("q", "")
    return jsonify({"results": search_team_tasks(team_id, query)})
