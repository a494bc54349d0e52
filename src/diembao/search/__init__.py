"""diembao.search"""
