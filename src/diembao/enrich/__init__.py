"""diembao.enrich"""
