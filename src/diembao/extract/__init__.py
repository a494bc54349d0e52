"""diembao.extract"""
