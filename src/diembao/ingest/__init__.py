"""diembao.ingest"""
