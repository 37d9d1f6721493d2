"""Gunicorn's configuration for Lumbung Inovasi in production; `make serve` runs it.

    DJANGO_SETTINGS_MODULE=kb.settings.production .venv/bin/gunicorn --config kb/gunicorn.conf.py

Gunicorn sits behind a reverse proxy that terminates TLS and buffers slow clients (README,
"Production"). Any setting here can be overridden without editing this file through
GUNICORN_CMD_ARGS, e.g. GUNICORN_CMD_ARGS="--timeout 120 --log-level debug".
"""

import os

wsgi_app = "kb.wsgi:application"
proc_name = "lumbung-inovasi"

# The loopback by default: only the reverse proxy on the same machine talks to gunicorn.
bind = os.environ.get("KB_BIND", "127.0.0.1:8000").split(",")

# Sync workers, one request each at a time. The usual 2 per core + 1, at most 8 by default:
# each worker holds its own Django and Wagtail (about 130 MB), and search work is CPU-bound.
cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
workers = int(os.environ.get("WEB_CONCURRENCY") or min(2 * (cores or 1) + 1, 8))

# A worker silent for this long is killed and replaced; on a restart (SIGHUP) or stop
# (SIGTERM), workers get this long to finish the requests they are serving.
timeout = 60
graceful_timeout = 30
# Each worker is replaced after about a thousand requests (staggered, so never all at once):
# whatever memory a long-lived process gathers is given back.
max_requests = 1000
max_requests_jitter = 100

# Access log to standard output, errors to standard error: the service manager keeps both.
accesslog = "-"
errorlog = "-"
loglevel = "info"
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms'

# Managed with signals (HUP reloads, TERM stops) by the service manager: no control socket
# in the home folder.
control_socket_disable = True
