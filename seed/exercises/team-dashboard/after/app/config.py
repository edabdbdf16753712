import os


class Config:
    # Everything that differs between laptops, CI, staging and production is read
    # from the environment; defaults are for local development only.
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-secret")
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL", "postgresql://tasks:tasks@localhost:5432/tasks"
    )
    SLACK_WEBHOOK_URL = os.environ.get("SLACK_WEBHOOK_URL")


class TestConfig(Config):
    TESTING = True
    SECRET_KEY = "test"
    SQLALCHEMY_DATABASE_URI = "sqlite://"
