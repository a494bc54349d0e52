"""diembao.store"""
