from functools import wraps

from flask import abort, session

from app.db import db
from app.models import Member


def require_team_member(view):
    """Only members of the team in the URL may see it; anyone else gets a 404."""

    @wraps(view)
    def wrapper(team_id, *args, **kwargs):
        member_id = session.get("member_id")
        if member_id is None:
            abort(401)
        member = db.session.get(Member, member_id)
        if member is None or member.team_id != team_id:
            abort(404)
        return view(team_id, *args, **kwargs)

    return wrapper
