"""``spacy-deid serve``: de-identification over HTTP (FastAPI + uvicorn).

One job a module: ``settings`` (what the operator of the service chooses), ``auth`` (bearer
tokens), ``guard`` (the ASGI layer that authenticates, bounds the body and writes the audit log
before any route runs), ``schemas`` (requests and answers), ``engine`` (the pipeline of one
worker, run off the event loop) and ``app`` (the routes). Nothing here imports FastAPI until a
service is built, so the CLI starts fast.
"""
