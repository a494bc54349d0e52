"""diembao.digest"""
