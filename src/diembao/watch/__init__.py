"""diembao.watch"""
