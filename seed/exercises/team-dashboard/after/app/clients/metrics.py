import requests

PROMETHEUS_URL = "http://prometheus.prod.internal:9090/api/v1/query"


def fetch_deploy_count(team_slug, days=7):
    """Number of production deploys by the team in the last `days` days."""
    query = 'sum(increase(deployments_total{team="%s"}[%dd]))' % (team_slug, days)
    response = requests.get(PROMETHEUS_URL, params={"query": query}, timeout=5)
    response.raise_for_status()

    result = response.json()["data"]["result"]
    if not result:
        return 0
    return int(float(result[0]["value"][1]))
