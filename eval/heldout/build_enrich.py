"""Builder of the blind enrichment held-out set eval/heldout/enrich/gold.jsonl.

Texts: VNTC (MIT; `text` field verbatim) and VietNews (research corpus, licence not stated;
title + "\\n\\n" + abstract + "\\n\\n" + body, detokenised fields), built as /work/shared/ANNOTATION.md says.
Annotations: written by hand (below) after reading every text, following ANNOTATION.md; this script only
turns the hand-listed surfaces into offsets (every word-bounded occurrence, or the listed occurrence
indexes), applies the layer rules (nothing inside a docref; persons inside ORG/LOC dropped; short forms
inside a longer mention of the same entity dropped; `nested` = inside a longer ORG/LOC of another entity)
and checks text[start:end] == surface. Articles quoted as examples in ANNOTATION.md were avoided.
Run: `.venv/bin/python -m eval.heldout.build_enrich` (needs the shared data).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from diembao import settings

OUT = Path(__file__).resolve().parent / "enrich" / "gold.jsonl"

Surf = str | tuple[str, list[int]]

# fmt: off
ANN: list[dict[str, Any]] = [
    {
        "id": "Train_Full/Kinh doanh/KD_ VNE_ (134).txt",
        "per": {"Phan Văn Khải": ["Phan Văn Khải"]},
        "org": {
            "Bộ Tài chính": ["Bộ Tài chính", "Tài chính"],
            "Kiểm toán nhà nước": ["Kiểm toán nhà nước"],
            "Bộ Kế hoạch và Đầu tư": ["Bộ Kế hoạch và Đầu tư"],
            "Bộ Thương mại": [("Thương mại", [0])],
            "Bộ Bưu chính Viễn thông": ["Bưu chính Viễn thông"],
            "Ngân hàng Nhà nước": ["Ngân hàng Nhà nước"],
            "Phòng Thương mại và Công nghiệp VN": ["Phòng Thương mại và Công nghiệp VN"],
            "Chính phủ": ["Chính phủ"],
            "Quỹ hỗ trợ phát triển doanh nghiệp nhỏ và vừa": ["Quỹ hỗ trợ phát triển doanh nghiệp nhỏ và vừa"],
            "Bộ Tài nguyên và Môi trường": ["Bộ Tài nguyên và Môi trường"],
        },
        "loc": {"Việt Nam": ["VN"]},
        "pos": [("Phan Văn Khải", "Thủ tướng", "", "")],
        "doc": [
            {"surface": "Nghị quyết 01/2004", "type": "Nghị quyết", "number": "01/2004", "year": 2004,
             "issuer": "Thủ tướng", "kind": "normative"},
            {"surface": "Nghị quyết", "occ": [1], "type": "Nghị quyết", "number": "01/2004", "year": 2004,
             "issuer": "Thủ tướng", "kind": "normative", "anaphoric": True},
        ],
        "date": [("2005", "2005"), ("quý II", "XXXX-Q2")],
    },
    {
        "id": "Train_Full/Phap luat/PL_ VNE_ (1391).txt",
        "per": {
            "Phạm Văn Phương": ["Phạm Văn Phương", "Phương"],
            "Joe Lau Chau Chi": ["Joe Lau Chau Chi"],
            "Hứa Học Hiền": ["Hứa Học Hiền"],
            "Nguyễn Thành Sơn": ["Nguyễn Thành Sơn"],
            "Nguyễn Minh Hoàng": ["Nguyễn Minh Hoàng"],
        },
        "org": {
            "Cơ quan An ninh Điều tra Bộ Công an": ["Cơ quan An ninh Điều tra Bộ Công an", "Cơ quan điều tra"],
            "Bộ Công an": ["Bộ Công an"],
            "Liên doanh Vicarrent": ["Liên doanh Vicarrent", ("Vicarrent", [4, 5])],
            "Chi nhánh Vicarrent": ["Chi nhánh Vicarrent"],
            "VKS": ["VKS"],
            "UBND tỉnh Bà Rịa - Vũng Tàu": ["UBND tỉnh Bà Rịa - Vũng Tàu"],
            "Sở Tài chính Vật giá": ["Sở Tài chính Vật giá", "Sở Tài chính vật giá"],
            "VKSND Tối cao": ["VKSND Tối cao"],
            "Cơ quan cảnh sát điều tra Bộ Công an": ["Cơ quan cảnh sát điều tra Bộ Công an"],
            "TAND tỉnh Bà Rịa - Vũng Tàu": ["TAND tỉnh Bà Rịa - Vũng Tàu"],
            "Công ty Xây dựng và phát triển đô thị Bà Rịa - Vũng Tàu": [
                "Công ty Xây dựng và phát triển đô thị Bà Rịa - Vũng Tàu", "UDEC"],
        },
        "loc": {"Nga": ["Nga"], "Việt Nam": ["Việt Nam"], "TP HCM": ["TP HCM"],
                "Bà Rịa - Vũng Tàu": ["Bà Rịa - Vũng Tàu"]},
        "pos": [
            ("Phạm Văn Phương", "Tổng giám đốc", "Liên doanh Vicarrent", "nguyên phó"),
            ("Joe Lau Chau Chi", "Tổng giám đốc", "Liên doanh Vicarrent", "nguyên"),
            ("Hứa Học Hiền", "Giám đốc", "Chi nhánh Vicarrent", "nguyên"),
            ("Nguyễn Minh Hoàng", "Giám đốc", "Công ty Xây dựng và phát triển đô thị Bà Rịa - Vũng Tàu", ""),
        ],
        "doc": [],
        "date": [("năm 1993", "1993"), ("Tháng 12/2003", "2003-12"), ("25/03/2004", "2004-03-25"),
                 ("05/12/2003", "2003-12-05"), ("04/12/2003", "2003-12-04"), ("03/12/2003", "2003-12-03")],
    },
    {
        "id": "Train_Full/Chinh tri Xa hoi/XH_NLD_ (5099).txt",
        "per": {"Nguyễn Văn Yểu": ["Nguyễn Văn Yểu"], "Uông Chu Lưu": ["Uông Chu Lưu"]},
        "org": {
            "Người Lao Động": ["NLĐ"],
            "Ủy ban Thường vụ Quốc hội": ["Ủy ban Thường vụ Quốc hội"],
            "Quốc hội": ["Quốc hội", "QH"],
            "Chính phủ": ["Chính phủ"],
            "Bộ Tư pháp": ["Bộ Tư pháp"],
        },
        "loc": {},
        "pos": [("Nguyễn Văn Yểu", "Chủ tịch", "Quốc hội", "phó"), ("Uông Chu Lưu", "Bộ trưởng", "Bộ Tư pháp", "")],
        "doc": [
            {"surface": "Luật Công chứng", "type": "Luật", "number": None, "year": None, "issuer": None,
             "kind": "normative", "status": "draft"},
            {"surface": "tờ trình", "type": "Tờ trình", "number": None, "year": None, "issuer": "Chính phủ",
             "kind": "normative", "subject": "xã hội hóa hoạt động công chứng"},
            {"surface": "Tờ trình", "type": "Tờ trình", "number": None, "year": None, "issuer": "Chính phủ",
             "kind": "normative", "anaphoric": True},
        ],
        "date": [("sáng 3-4", "XXXX-04-03")],
    },
    {
        "id": "Train_Full/Phap luat/PL_ VNE_ (360).txt",
        "per": {"Phan Văn Khải": ["Phan Văn Khải"]},
        "org": {
            "Học viện Tư pháp": ["Học viện Tư pháp", "Học viện"],
            "Trường Đào tạo các chức danh tư pháp": ["trường Đào tạo các chức danh tư pháp",
                                                      "Trường đào tạo các chức danh tư pháp"],
            "Bộ Tư pháp": ["Bộ Tư pháp"],
            "Chính phủ": ["Chính phủ"],
        },
        "loc": {},
        "pos": [("Phan Văn Khải", "Thủ tướng", "", "")],
        "doc": [
            {"surface": "quyết định", "occ": [0], "type": "Quyết định", "number": None, "year": None,
             "issuer": "Thủ tướng", "kind": "individual", "subject": "thành lập Học viện Tư pháp"},
            {"surface": "Nghị quyết 08", "type": "Nghị quyết", "number": "08", "year": None, "issuer": None,
             "kind": "normative"},
        ],
        "date": [("ngày 25/2", "XXXX-02-25"), ("Quý II/2003", "2003-Q2"), ("năm 1998", "1998")],
    },
    {
        "id": "Train_Full/Phap luat/PL_ VNE_ (58).txt",
        "per": {"Phan Văn Khải": ["Phan Văn Khải"]},
        "org": {
            "Chính phủ": ["Chính phủ"],
            "Tòa án nhân dân tối cao": ["Tòa án nhân dân tối cao", "Tòa án nhân dân Tối cao"],
            "Bộ Công an": ["Công an"],
        },
        "loc": {},
        "pos": [("Phan Văn Khải", "Thủ tướng", "", "")],
        "doc": [
            {"surface": "quyết định số 01", "type": "Quyết định", "number": "01", "year": None,
             "issuer": "Thủ tướng", "kind": "normative"},
            {"surface": "Quyết định 01", "type": "Quyết định", "number": "01", "year": None,
             "issuer": "Thủ tướng", "kind": "normative"},
            {"surface": "Quyết định số 208/TTg", "type": "Quyết định", "number": "208/TTg", "year": 1995,
             "issuer": "Thủ tướng Chính phủ", "kind": "normative", "status": "replaced"},
        ],
        "date": [("Ngày 5/1", "XXXX-01-05"), ("ngày 6/4/1995", "1995-04-06")],
    },
    {
        "id": "Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (325).txt",
        "per": {"Phạm Văn Bê": ["Phạm Văn Bê"], "Nguyễn Văn Hùng": ["Nguyễn Văn Hùng", "Hùng"]},
        "org": {
            "Công an TP HCM": ["Công an TP HCM"],
            "Cục Đăng kiểm VN": ["Cục Đăng kiểm VN", "Cục Đăng kiểm"],
            "Chi cục Thuế quận 1": ["Chi cục Thuế quận 1"],
            "Cục Thuế thành phố": ["Cục Thuế thành phố"],
            "Tổng cục Thuế": ["Tổng cục Thuế"],
            "Trung tâm Đăng kiểm cơ giới số 50-04V": ["Trung tâm Đăng kiểm cơ giới số 50-04V"],
            "Bộ Công an": ["Bộ Công an"],
            "Bộ Giao thông vận tải": ["Bộ Giao thông vận tải"],
        },
        "loc": {"Nơ Trang Long": ["Nơ Trang Long"], "Bình Thạnh": ["Bình Thạnh"], "TP HCM": ["TP HCM"],
                "Việt Nam": ["VN"], "quận 1": ["quận 1"]},
        "pos": [("Phạm Văn Bê", "Chi cục trưởng", "Chi cục Thuế quận 1", "phó"),
                ("Nguyễn Văn Hùng", "Giám đốc", "Trung tâm Đăng kiểm cơ giới số 50-04V", "")],
        "doc": [
            {"surface": "văn bản thông báo", "type": "Văn bản", "number": None, "year": None,
             "issuer": "Cục Thuế thành phố", "kind": "individual",
             "subject": "ngưng thu thuế trước bạ đối với rơmooc"},
        ],
        "date": [("12/10/2003", "2003-10-12"), ("ngày 15/12/2003", "2003-12-15"),
                 ("13/10/2003 đến 30/11/2003", "2003-10-13/2003-11-30", {"range": True}),
                 ("ngày 31/3/2004", "2004-03-31"), ("11/10/2003", "2003-10-11"), ("10/10/2003", "2003-10-10"),
                 ("17/09/2003", "2003-09-17")],
    },
    {
        "id": "Train_Full/Chinh tri Xa hoi/XH_NLD_ (3681).txt",
        "per": {"Ngô Kim Khôi": ["Ngô Kim Khôi"]},
        "org": {
            "Người Lao Động": ["NLĐO"],
            "Bộ Giáo dục - Đào tạo": ["Bộ Giáo dục - Đào tạo"],
            "A 25": ["A 25"],
            "PA 25": ["PA 25"],
            "Bộ Công an": ["Bộ Công an"],
            "Sở Công an Hà Nội": ["Sở Công an Hà Nội", "Sở Công An Hà Nội"],
            "Vụ Đại học và Sau đại học": ["Vụ Đại học và Sau đại học"],
            "TTXVN": ["TTXVN"],
        },
        "loc": {"Hà Nội": ["Hà Nội"], "Bách Khoa": ["Bách Khoa"], "Tạ Quang Bửu": ["Tạ Quang Bửu"],
                "Đồng Tâm": ["Đồng Tâm"], "Quan Hoa": ["Quan Hoa"], "Lê Đại Hành": ["Lê Đại Hành"]},
        "pos": [("Ngô Kim Khôi", "Vụ trưởng", "Vụ Đại học và Sau đại học", "phó")],
        "doc": [],
        "date": [("Ngày 7-4", "XXXX-04-07"), ("đầu năm 2006", "2006", {"mod": "early"})],
    },
    {
        "id": "Train_Full/Phap luat/PL_TT_ (2547).txt",
        "per": {},
        "org": {
            "Chính phủ": ["Chính phủ"],
            "Ủy ban Pháp luật": ["Ủy ban Pháp luật"],
            "Ủy ban Kinh tế - ngân sách": ["Ủy ban Kinh tế - ngân sách"],
            "Ủy ban Thường vụ Quốc hội": ["Ủy ban Thường vụ Quốc hội"],
            "Quốc hội": ["Quốc hội"],
        },
        "loc": {"Việt Nam": ["VN"]},
        "pos": [],
        "doc": [
            {"surface": "tờ trình", "type": "Tờ trình", "number": None, "year": None, "issuer": "Chính phủ",
             "kind": "normative", "subject": "trợ giúp pháp lý"},
            {"surface": "Luật chứng khoán", "type": "Luật", "number": None, "year": None, "issuer": None,
             "kind": "normative", "status": "draft"},
            {"surface": "Luật sửa đổi, bổ sung một số điều của Luật tổ chức Quốc hội", "type": "Luật",
             "number": None, "year": None, "issuer": None, "kind": "normative", "status": "draft",
             "amends": "Luật tổ chức Quốc hội"},
        ],
        "date": [("20-1", "XXXX-01-20")],
    },
    {
        "id": "Train_Full/Phap luat/PL_ VNE_ (75).txt",
        "per": {n: [n] for n in ["Vũ Công Năm", "Trần Hồng Thái", "Đinh Quang Hưng", "Lương Thị Dương",
                                 "Nguyễn Văn Thụ", "Phạm Thái Hà", "Cao Văn Nhật", "Hà Kiều Anh"]},
        "org": {
            "Chi cục hải quan Nội Bài": ["Chi cục hải quan Nội Bài"],
            "Cục Hải quan Hà Nội": ["Cục Hải quan Hà Nội"],
            "Công ty Đông Nam": ["Công ty Đông Nam", "Đông Nam"],
            "Cơ quan Cảnh sát điều tra Bộ Công an": ["Cơ quan Cảnh sát điều tra Bộ Công an", "Cơ quan điều tra"],
            "Bộ Công an": ["Bộ Công an"],
        },
        "loc": {"Nội Bài": ["cửa khẩu Nội Bài", "Nội Bài"], "Hà Nội": ["Hà Nội"], "Hong Kong": ["Hong Kong"],
                "Singapore": ["Singapore"], "Việt Nam": ["Việt Nam"]},
        "pos": [(n, "Nhân viên", "Chi cục hải quan Nội Bài", "") for n in [
            "Vũ Công Năm", "Trần Hồng Thái", "Đinh Quang Hưng", "Lương Thị Dương", "Nguyễn Văn Thụ",
            "Phạm Thái Hà", "Cao Văn Nhật"]],
        "doc": [
            {"surface": "quyết định", "occ": [0], "type": "Quyết định", "number": None, "year": None,
             "issuer": "Cơ quan Cảnh sát điều tra Bộ Công an", "kind": "individual", "subject": "khởi tố bị can"},
        ],
        "date": [("năm 1999 đến 2002", "1999/2002", {"range": True}), ("29/12/2003", "2003-12-29"),
                 ("15/12/2003", "2003-12-15"), ("22/11/2003", "2003-11-22"), ("05/11/2003", "2003-11-05"),
                 ("04/11/2003", "2003-11-04")],
    },
    {
        "id": "Train_Full/Phap luat/PL_ VNE_ (1500).txt",
        "per": {"Trần Văn Giao": ["Trần Văn Giao", "Giao"], "Lê Văn Nam": ["Lê Văn Nam"],
                "Nguyễn Thanh Nhàn": ["Nguyễn Thanh Nhàn"], "Nguyễn Thị Cẩm Vân": ["Nguyễn Thị Cẩm Vân"],
                "Nguyễn Văn Trung": ["Nguyễn Văn Trung"]},
        "org": {
            "tòa án nhân dân TP HCM": ["tòa án nhân dân TP HCM"],
            "Sở Địa chính - Nhà đất": ["Sở Địa chính - Nhà đất", "Sở Địa chính TP HCM"],
            "Viện KSND TP HCM": ["Viện KSND TP HCM", "Viện Kiểm sát"],
            "Tổng công ty thuốc lá Sài Gòn": ["Tổng công ty thuốc lá Sài Gòn"],
            "công ty XNK thuốc lá": ["công ty XNK thuốc lá"],
            "ĐH Kinh tế": ["ĐH Kinh tế"],
            "Công ty cơ khí Sài Gòn": ["Công ty cơ khí Sài Gòn"],
            "công ty TNHH Xây dựng và Kinh doanh nhà Đông Phương": [
                "công ty TNHH Xây dựng và Kinh doanh nhà Đông Phương", "Công ty Đông Phương"],
            "Công ty Hải Đăng": ["Công ty Hải Đăng"],
        },
        "loc": {"TP HCM": ["TP HCM"], "Sài Gòn": ["Sài Gòn"]},
        "pos": [
            ("Lê Văn Nam", "Kiến trúc sư trưởng", "TP HCM", "nguyên"),
            ("Nguyễn Thanh Nhàn", "Giám đốc Sở Địa chính - Nhà đất", "TP HCM", "nguyên phó"),
            ("Nguyễn Thị Cẩm Vân", "Nhân viên", "Sở Địa chính - Nhà đất", ""),
        ],
        "doc": [],
        "date": [("ngày 30/7", "XXXX-07-30"), ("01/06/2004", "2004-06-01"), ("26/02/2003", "2003-02-26"),
                 ("28/12/2002", "2002-12-28"), ("23/11/2002", "2002-11-23"), ("21/11/2002", "2002-11-21")],
    },
    {
        "id": "vietnews/000106.txt.seg",
        "per": {"Lê Văn Cương": ["Lê Văn Cương"], "Phan Văn Anh Vũ": ["Phan Văn Anh Vũ", "Vũ"],
                "Phan Hữu Tuấn": ["Phan Hữu Tuấn"], "Nguyễn Hữu Bách": ["Nguyễn Hữu Bách"]},
        "org": {
            "TAND TP. Hà Nội": ["TAND TP. Hà Nội"],
            "công ty CP Xây dựng Bắc Nam 79": ["công ty CP Xây dựng Bắc Nam 79"],
            "tổng cục Tình báo": ["tổng cục Tình báo"],
            "Bộ Công an": ["bộ Công an"],
            "viện Nghiên cứu chiến lược": ["viện Nghiên cứu chiến lược"],
            "Đảng": [("Đảng", [1, 2])],
            "Bộ Chính trị": ["Bộ Chính trị"],
            "Người Đưa Tin": ["Người Đưa Tin"],
        },
        "loc": {"Việt Nam": ["Việt Nam"], "Hà Nội": ["Hà Nội"]},
        "pos": [
            ("Phan Văn Anh Vũ", "Chủ tịch HĐQT", "công ty CP Xây dựng Bắc Nam 79", ""),
            ("Phan Hữu Tuấn", "Tổng cục trưởng", "tổng cục Tình báo", "nguyên phó"),
            ("Nguyễn Hữu Bách", "Cán bộ", "Bộ Công an", "nguyên"),
            ("Lê Văn Cương", "Viện trưởng", "viện Nghiên cứu chiến lược", "nguyên"),
        ],
        "doc": [],
        "date": [("Chiều ngày 30/7", "XXXX-07-30")],
    },
    {
        "id": "vietnews/000112.txt.seg",
        "per": {"Nguyễn Văn Hoà": ["Nguyễn Văn Hoà", "Hoà"]},
        "org": {
            "UBND huyện Thanh Thuỷ": ["UBND huyện Thanh Thuỷ", "UBND huyện"],
            "Công an tỉnh Phú Thọ": ["Công an tỉnh Phú Thọ"],
            "UBND tỉnh Phú Thọ": ["UBND tỉnh Phú Thọ", "UBND tỉnh"],
            "Đảng": ["Đảng"],
            "Đại Học Tài chính – Kế toán": ["Đại Học Tài chính – Kế toán"],
            "phòng Tài chính – Kế hoạch": ["Tài chính – Kế hoạch"],
            "phòng Tài Nguyên và Môi trường": ["phòng Tài Nguyên và Môi trường"],
            "công ty TNHH xây dựng Tự Lập": ["công ty TNHH xây dựng Tự Lập"],
            "Người Đưa Tin": ["Người Đưa Tin"],
        },
        "loc": {"Thanh Thuỷ": ["Thanh Thuỷ"], "Phú Thọ": ["Phú Thọ"], "Yên Mao": ["Yên Mao"],
                "Hoà Bình": ["Hoà Bình"], "Q L. 32": ["Q L. 32"], "Q L. 70B": ["Q L. 70B"]},
        "pos": [
            ("Nguyễn Văn Hoà", "Chủ tịch UBND huyện", "Thanh Thuỷ", "phó"),
            ("Nguyễn Văn Hoà", "Trưởng phòng Tài chính – Kế hoạch", "Thanh Thuỷ", "nguyên"),
        ],
        "doc": [
            {"surface": "quyết định", "type": "Quyết định", "number": None, "year": None,
             "issuer": "Công an tỉnh Phú Thọ", "kind": "individual", "subject": "khởi tố vụ án, khởi tố bị can"},
            {"surface": "Bộ luật Hình sự 2015", "type": "Bộ luật", "number": None, "year": 2015, "issuer": None,
             "kind": "normative", "article": "Điều 353"},
        ],
        "date": [("sáng 10/10", "XXXX-10-10"), ("ngày 1/9/1960", "1960-09-01"),
                 ("cuối năm 2010", "2010", {"mod": "late"}), ("tối 8/10", "XXXX-10-08"),
                 ("cuối tháng 12/2017", "2017-12", {"mod": "late"})],
    },
    {
        "id": "vietnews/000121.txt.seg",
        "per": {"Đặng Văn Hà": ["Đặng Văn Hà", "Hà"], "Lưu Giàu Em": ["Lưu Giàu Em", "Giàu Em"], "A.": ["A."]},
        "org": {
            "Công an tỉnh Bạc Liêu": ["Công an tỉnh Bạc Liêu"],
            "cục Cảnh sát hình sự": ["cục Cảnh sát hình sự"],
            "Bộ Công an": ["bộ Công an"],
        },
        "loc": {"Vĩnh Mỹ B": ["Vĩnh Mỹ B"], "Hoà Bình": ["Hoà Bình"], "Đống Đa": ["Đống Đa"],
                "Hà Nội": ["Hà Nội"], "Bạc Liêu": ["Bạc Liêu"], "Đông Hải": ["Đông Hải"],
                "Thái Nguyên": ["Thái Nguyên"], "Thái Bình": ["Thái Bình"], "Tuyên Quang": ["Tuyên Quang"]},
        "pos": [],
        "doc": [],
        "date": [("Ngày 22/2", "XXXX-02-22"), ("chiều 30/3/2017", "2017-03-30"), ("Tháng 4/2017", "2017-04"),
                 ("cuối năm 2017", "2017", {"mod": "late"})],
    },
    {
        "id": "vietnews/000148.txt.seg",
        "per": {"Thi Danh": ["Thi Danh", "Danh"], "Nguyễn Duy Linh": ["Nguyễn Duy Linh", "Linh"],
                "Trịnh Thị Thuỳ Trang": ["Trịnh Thị Thuỳ Trang"], "Nguyễn Huy Quỳnh": ["Nguyễn Huy Quỳnh"],
                "Nguyễn Hồng Phúc": ["Nguyễn Hồng Phúc"], "Trần Thanh Quang": ["Trần Thanh Quang"]},
        "org": {
            "TAND cấp cao tại TP. HCM": ["TAND cấp cao tại TP. HCM"],
            "ban Bồi thường giải phóng mặt bằng quận Tân Phú": [
                "ban Bồi thường giải phóng mặt bằng quận Tân Phú", "ban Bồi thường giải phóng mặt bằng",
                "ban BTGPMB quận Tân Phú", "ban BTGPMB", "Ban"],
            "UBND quận Tân Phú": ["UBND quận Tân Phú", "UBND quận"],
            "UBND TP. HCM": ["UBND TP. HCM"],
        },
        "loc": {"Tân Phú": ["Tân Phú"], "TP. HCM": ["TP. HCM"]},
        "pos": [
            ("Thi Danh", "Trưởng ban Bồi thường giải phóng mặt bằng", "Tân Phú", "nguyên"),
            ("Nguyễn Duy Linh", "Kế toán trưởng ban Bồi thường giải phóng mặt bằng", "Tân Phú", "nguyên"),
        ],
        "doc": [],
        "date": [("Ngày 14/5", "XXXX-05-14"), ("năm 2003", "2003"),
                 ("tháng 11/2003 đến tháng 1/2016", "2003-11/2016-01", {"range": True}),
                 ("ngày 14/12/2015", "2015-12-14")],
    },
    {
        "id": "vietnews/000176.txt.seg",
        "per": {"Bùi Chí Hiếu": ["Bùi Chí Hiếu", "Hiếu"], "Kpă V.": ["Kpă V.", "V."]},
        "org": {
            "HĐND phường Đoàn Kết": ["HĐND phường Đoàn Kết", "HĐND"],
            "ban Chỉ huy quân sự phường Đoàn Kết": ["ban Chỉ huy quân sự phường Đoàn Kết"],
            "Công an tỉnh Gia Lai": ["Công an tỉnh Gia Lai", "Công an Gia Lai"],
            "Cơ quan Cảnh sát điều tra Công an tỉnh Gia Lai": ["Cơ quan Cảnh sát điều tra Công an tỉnh Gia Lai"],
            "VKS tỉnh": ["VKS tỉnh"],
            "UBND phường Đoàn Kết": ["UBND phường Đoàn Kết", "UBND phường"],
            "bệnh viện Đa khoa tỉnh Gia Lai": ["bệnh viện Đa khoa tỉnh Gia Lai"],
        },
        "loc": {"Đoàn Kết": ["Đoàn Kết"], "Ayun Pa": ["Ayun Pa"], "Gia Lai": ["Gia Lai"]},
        "pos": [
            ("Bùi Chí Hiếu", "Chỉ huy trưởng", "ban Chỉ huy quân sự phường Đoàn Kết", "phó"),
            ("Kpă V.", "Chủ tịch HĐND phường", "Đoàn Kết", "phó"),
        ],
        "doc": [
            {"surface": "quyết định", "type": "Quyết định", "number": None, "year": None,
             "issuer": "Công an tỉnh Gia Lai", "kind": "individual", "subject": "khởi tố vụ án giết người"},
        ],
        "date": [("1986", "1986"), ("1987", "1987"), ("Ngày 5/12", "XXXX-12-05"), ("sáng 3/12", "XXXX-12-03"),
                 ("Sáng 5/12", "XXXX-12-05")],
    },
]
# fmt: on


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    # Word-bounded, case-sensitive (ANNOTATION.md); a surface ending in "." must not swallow a letter after it.
    pat = r"(?<!\w)" + re.escape(surface) + (r"(?!\w)" if surface[-1].isalnum() else "")
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def _spans(text: str, surfaces: list[Surf]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s in surfaces:
        surface, occ = (s, None) if isinstance(s, str) else s
        found = _occurrences(text, surface)
        if not found:
            raise ValueError(f"surface not in text: {surface!r}")
        if occ is not None:
            found = [found[i] for i in occ]
        out.extend(found)
    return sorted(set(out))


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1] and a != b


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def annotate(text: str, spec: dict[str, Any]) -> dict[str, Any]:
    """Offsets and layer rules for one hand-written spec; raises on any inconsistency."""
    docs: list[dict[str, Any]] = []
    for d in spec["doc"]:
        fields = {k: v for k, v in d.items() if k != "occ"}
        for st, en in _spans(text, [(d["surface"], d["occ"]) if "occ" in d else d["surface"]]):
            docs.append({**fields, "start": st, "end": en})
    doc_spans = [(d["start"], d["end"]) for d in docs]

    def free(sp: tuple[int, int]) -> bool:
        return not any(_overlaps(sp, ds) for ds in doc_spans)

    raw: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for layer in ("org", "loc", "per"):
        raw[layer] = {
            name: [sp for sp in _spans(text, surfs) if free(sp)] for name, surfs in spec[layer].items()
        }
    ol = [(sp, lay, name) for lay in ("org", "loc") for name, sps in raw[lay].items() for sp in sps]
    # Persons inside an ORG/LOC name (streets, wards named after people) are not person mentions.
    per: dict[str, list[tuple[int, int]]] = {}
    for name, sps in raw["per"].items():
        keep = [sp for sp in sps if not any(_inside(sp, o) or sp == o for o, _, _ in ol)]
        keep = [sp for sp in keep if not any(_inside(sp, o) for o in sps)]  # short form inside full name
        per[name] = keep
    per_spans = [sp for sps in per.values() for sp in sps]
    layers: dict[str, dict[str, list[dict[str, Any]]]] = {"org": {}, "loc": {}}
    for sp, lay, name in ol:
        if any(_inside(sp, p) for p in per_spans):
            continue
        if any(_inside(sp, o) for o, _, n2 in ol if n2 == name):
            continue  # short form contained in a longer mention of the same entity
        for o, _, _n2 in ol:
            if _overlaps(sp, o) and not _inside(sp, o) and not _inside(o, sp) and sp != o:
                raise ValueError(f"crossing spans {text[sp[0] : sp[1]]!r} / {text[o[0] : o[1]]!r}")
        nested = any(_inside(sp, o) for o, _, n2 in ol if n2 != name)
        m = {"start": sp[0], "end": sp[1], "surface": text[sp[0] : sp[1]], "nested": nested}
        layers[lay].setdefault(name, []).append(m)
    dates: list[dict[str, Any]] = []
    dspans: list[tuple[tuple[int, int], tuple[Any, ...]]] = []
    for item in spec["date"]:
        for sp in _spans(text, [item[0]]):
            if free(sp):
                dspans.append((sp, item))
    for sp, item in dspans:
        if any(_inside(sp, o) for o, _ in dspans):
            continue
        extra = item[2] if len(item) > 2 else {}
        dates.append({"surface": text[sp[0] : sp[1]], "start": sp[0], "end": sp[1], "iso": item[1], **extra})

    def ents(d: dict[str, list[Any]]) -> list[dict[str, Any]]:
        return [{"name": n, "mentions": sorted(ms, key=lambda m: m["start"])} for n, ms in d.items() if ms]

    persons = [
        {"name": n, "mentions": [{"start": a, "end": b, "surface": text[a:b]} for a, b in sps]}
        for n, sps in per.items()
        if sps
    ]
    positions = [{"person": p, "title": t, "org_or_place": o, "qualifier": q} for p, t, o, q in spec["pos"]]
    return {
        "persons": persons,
        "orgs": ents(layers["org"]),
        "locs": ents(layers["loc"]),
        "positions": positions,
        "docrefs": sorted(docs, key=lambda d: d["start"]),
        "dates": sorted(dates, key=lambda d: d["start"]),
    }


def check(rec: dict[str, Any]) -> list[str]:
    """Every offset must give back its surface; positions must name annotated persons."""
    text, errs = rec["text"], []
    for key in ("persons", "orgs", "locs"):
        for ent in rec[key]:
            for m in ent["mentions"]:
                if text[m["start"] : m["end"]] != m["surface"]:
                    errs.append(f"{rec['id']} {key} {m}")
    for key in ("docrefs", "dates"):
        for m in rec[key]:
            if text[m["start"] : m["end"]] != m["surface"]:
                errs.append(f"{rec['id']} {key} {m}")
    names = {p["name"] for p in rec["persons"]}
    errs += [
        f"{rec['id']} position of unknown person {p}" for p in rec["positions"] if p["person"] not in names
    ]
    return errs


def texts(root: Path) -> dict[str, tuple[str, str]]:
    """id -> (source, text) built exactly as ANNOTATION.md says."""
    out: dict[str, tuple[str, str]] = {}
    with (root / "vntc" / "vntc_10topics_sample.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out[r["id"]] = ("vntc", r["text"])
    with (root / "vietnews" / "vietnews_test_sample300.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out["vietnews/" + r["id"]] = (
                "vietnews",
                r["title"] + "\n\n" + r["abstract"] + "\n\n" + r["body"],
            )
    return out


def build() -> None:
    root = settings.shared_data()
    if root is None:
        raise SystemExit("shared data not found")
    all_texts = texts(root)
    recs = []
    for spec in ANN:
        source, text = all_texts[spec["id"]]
        rec = {"id": spec["id"], "source": source, "text": text, **annotate(text, spec)}
        errs = check(rec)
        if errs:
            raise SystemExit("\n".join(errs))
        recs.append(rec)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(recs)} articles -> {OUT}")


if __name__ == "__main__":
    build()
