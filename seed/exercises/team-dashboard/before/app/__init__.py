from flask import Flask

from app.config import Config
from app.db import db
from app.routes.teams import teams_bp


def create_app(config_class=Config):
    app = Flask(__name__)
    app.config.from_object(config_class)

    db.init_app(app)
    app.register_blueprint(teams_bp, url_prefix="/api/teams")

    return app
