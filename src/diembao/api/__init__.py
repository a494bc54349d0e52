"""diembao.api"""
