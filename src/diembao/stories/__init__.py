"""diembao.stories"""
