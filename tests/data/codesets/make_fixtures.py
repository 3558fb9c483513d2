#!/usr/bin/env python3
"""Writes the hand-made code-set fixtures in the official formats (run from this folder).

The fixtures are small and invented; they copy the layout of the CMS/CDC files, not their rows.
"""

def order_line(n, code, flag, short, long):
    return b"%05d %-7s %s %-60s %s\r\n" % (n, code.encode(), flag.encode(), short[:60], long)


def write_order():
    rows = [
        ("A00", "0", b"Cholera", b"Cholera"),
        ("A000", "1", b"Cholera due to Vibrio cholerae 01, biovar cholerae",
         b"Cholera due to Vibrio cholerae 01, biovar cholerae"),
        ("C22", "0", b"Malignant neoplasm of liver and intrahepatic bile ducts",
         b"Malignant neoplasm of liver and intrahepatic bile ducts"),
        ("C220", "1", b"Liver cell carcinoma", b"Liver cell carcinoma"),
        ("C221", "1", b"Intrahepatic bile duct carcinoma", b"Intrahepatic bile duct carcinoma"),
        ("C229", "1", b"Malig neoplasm of liver, not specified as primary or secondary",
         b"Malignant neoplasm of liver, not specified as primary or secondary"),
        ("C78", "0", b"Secondary malignant neoplasm of resp and digestive organs",
         b"Secondary malignant neoplasm of respiratory and digestive organs"),
        ("C787", "1", b"Secondary malignant neoplasm of liver and intrahepatic bile duct"[:60],
         b"Secondary malignant neoplasm of liver and intrahepatic bile duct"),
        ("C7880", "1", b"Secondary malignant neoplasm of unsp digestive organ",
         b"Secondary malignant neoplasm of unspecified digestive organ"),
        # Latin-1 / Windows-1252 byte in an otherwise ASCII file: decoded as such.
        ("H8109", "1", b"M\xe9ni\xe8re's disease, unspecified ear", b"M\xe9ni\xe8re's disease, unspecified ear"),
        ("K70", "0", b"Alcoholic liver disease", b"Alcoholic liver disease"),
        ("K7030", "1", b"Alcoholic cirrhosis of liver without ascites", b"Alcoholic cirrhosis of liver without ascites"),
        ("S52", "0", b"Fracture of forearm", b"Fracture of forearm"),
        ("S52521A", "1", b"Torus fx lower end of right radius, init for clos fx",
         b"Torus fracture of lower end of right radius, initial encounter for closed fracture"),
        ("Z85", "0", b"Personal history of malignant neoplasm", b"Personal history of malignant neoplasm"),
        ("Z8505", "1", b"Personal history of malignant neoplasm of liver",
         b"Personal history of malignant neoplasm of liver"),
    ]
    out = bytearray()
    n = 1
    for code, flag, short, long in rows:
        out += order_line(n, code, flag, short, long)
        n += 1
        if code == "C221":
            out += b"00099 C22\r\n"  # line 6: cut short
        if code == "C787":
            out += order_line(98, "C787", "1", b"Duplicate", b"Duplicate of C78.7")  # line 10: duplicate
        if code == "K70":
            out += order_line(97, "K702", "2", b"Bad flag", b"Billable flag is not 0 or 1")  # bad flag
        if code == "S52":
            out += order_line(96, "1234", "1", b"Not a code", b"Not an ICD-10-CM code")  # bad code
    open("icd10cm-order-2021.txt", "wb").write(bytes(out))
    open("icd10cm-order-garbage.txt", "wb").write(b"this is not\r\nan order file at all\r\n")
    # Same codes, one description changed: a different file (re-import replaces).
    open("icd10cm-order-2022.txt", "wb").write(
        order_line(1, "C22", "0", b"Malignant neoplasm of liver", b"Malignant neoplasm of liver")
        + order_line(2, "C220", "1", b"Liver cell carcinoma", b"Liver cell carcinoma (hepatocellular)"))
    # Codes the worksheet's diagnosis entry is typed with (C18.7 then E11.9), with neighbours that
    # share their prefixes.
    entry = [
        ("C18", "0", b"Malignant neoplasm of colon", b"Malignant neoplasm of colon"),
        ("C187", "1", b"Malignant neoplasm of sigmoid colon", b"Malignant neoplasm of sigmoid colon"),
        ("C189", "1", b"Malignant neoplasm of colon, unspecified", b"Malignant neoplasm of colon, unspecified"),
        ("C787", "1", b"Secondary malignant neoplasm of liver and intrahepatic bile duct"[:60],
         b"Secondary malignant neoplasm of liver and intrahepatic bile duct"),
        ("E11", "0", b"Type 2 diabetes mellitus", b"Type 2 diabetes mellitus"),
        ("E1165", "1", b"Type 2 diabetes mellitus with hyperglycemia", b"Type 2 diabetes mellitus with hyperglycemia"),
        ("E119", "1", b"Type 2 diabetes mellitus without complications",
         b"Type 2 diabetes mellitus without complications"),
        ("Z85", "0", b"Personal history of malignant neoplasm", b"Personal history of malignant neoplasm"),
        ("Z85038", "1", b"Personal history of malig neoplasm of large intestine",
         b"Personal history of other malignant neoplasm of large intestine"),
    ]
    open("icd10cm-order-entry.txt", "wb").write(
        b"".join(order_line(i + 1, *row) for i, row in enumerate(entry)))


HCPCS_LEN = 320


def write_ranking():
    """A few dozen invented codes in the order-file layout, for the search's ranking rules."""
    rows = [
        ("A00", "0", b"Cholera", b"Cholera"),
        ("A000", "1", b"Cholera due to Vibrio cholerae 01, biovar cholerae", b"Cholera due to Vibrio cholerae 01, biovar cholerae"),
        ("A009", "1", b"Cholera, unspecified", b"Cholera, unspecified"),
        ("A419", "1", b"Sepsis, unspecified organism", b"Sepsis, unspecified organism"),
        ("D519", "1", b"Vitamin B12 deficiency anemia, unspecified", b"Vitamin B12 deficiency anemia, unspecified"),
        ("E538", "1", b"Deficiency of other specified B group vitamins", b"Deficiency of other specified B group vitamins"),
        ("E780", "0", b"Pure hypercholesterolemia", b"Pure hypercholesterolemia"),
        ("E7800", "1", b"Pure hypercholesterolemia, unspecified", b"Pure hypercholesterolemia, unspecified"),
        ("E7801", "1", b"Familial hypercholesterolemia", b"Familial hypercholesterolemia"),
        ("G30", "0", b"Alzheimer's disease", b"Alzheimer's disease"),
        ("G300", "1", b"Alzheimer's disease with early onset", b"Alzheimer's disease with early onset"),
        ("G309", "1", b"Alzheimer's disease, unspecified", b"Alzheimer's disease, unspecified"),
        ("I10", "1", b"Essential (primary) hypertension", b"Essential (primary) hypertension"),
        ("I15", "0", b"Secondary hypertension", b"Secondary hypertension"),
        ("I159", "1", b"Secondary hypertension, unspecified", b"Secondary hypertension, unspecified"),
        ("I50", "0", b"Heart failure", b"Heart failure"),
        ("I501", "1", b"Left ventricular failure, unspecified", b"Left ventricular failure, unspecified"),
        ("I509", "1", b"Heart failure, unspecified", b"Heart failure, unspecified"),
        ("K766", "1", b"Portal hypertension", b"Portal hypertension"),
        ("M84351S", "1", b"Stress fracture, right femur, sequela", b"Stress fracture, right femur, sequela"),
        ("O85", "1", b"Puerperal sepsis", b"Puerperal sepsis"),
        ("R07", "0", b"Pain in throat and chest", b"Pain in throat and chest"),
        ("R071", "1", b"Chest pain on breathing", b"Chest pain on breathing"),
        ("R0789", "1", b"Other chest pain", b"Other chest pain"),
        ("R079", "1", b"Chest pain, unspecified", b"Chest pain, unspecified"),
        ("S72", "0", b"Fracture of femur", b"Fracture of femur"),
        ("S7290", "0", b"Unspecified fracture of unspecified femur", b"Unspecified fracture of unspecified femur"),
        ("S7290XA", "1", b"Unsp fracture of unsp femur, init for clos fx", b"Unspecified fracture of unspecified femur, initial encounter for closed fracture"),
        ("S7290XD", "1", b"Unsp fracture of unsp femur, subs for clos fx w routn heal", b"Unspecified fracture of unspecified femur, subsequent encounter for closed fracture with routine healing"),
        ("S7290XS", "1", b"Unspecified fracture of unspecified femur, sequela", b"Unspecified fracture of unspecified femur, sequela"),
        ("S72301A", "1", b"Unsp fracture of shaft of right femur, init for clos fx", b"Unspecified fracture of shaft of right femur, initial encounter for closed fracture"),
    ]
    out = bytearray()
    for n, (code, flag, short, long) in enumerate(rows, start=1):
        out += order_line(n, code, flag, short, long)
    open("icd10cm-order-ranking.txt", "wb").write(bytes(out))


def hcpcs_record(code, seq, rtype, long, short=b"", termination=b"", pad=True, added=b"20010101"):
    line = bytearray(b" " * HCPCS_LEN)
    code = code.rjust(5) if len(code) == 2 else code.ljust(5)
    line[0:5] = code.encode()
    line[5:10] = b"%05d" % seq
    line[10:11] = rtype.encode()
    line[11:11 + len(long)] = long
    if rtype in "37":
        line[91:91 + len(short)] = short
        line[268:276] = added
        new_code = added != b"20010101"
        line[276:284] = added if new_code else b"20200101"
        if termination:
            line[284:292] = termination
        line[292:293] = b"A" if new_code else b"N"
    else:
        line = line[:91]
    if not pad:
        line = line.rstrip()
    return bytes(line) + b"\n"


def write_hcpcs():
    out = bytearray()
    out += b"Note regarding coverage and payment indicators for codes in CMS\xae 2020 HCPCS Update\n"
    out += b"\n"
    out += b"If specific Medicare coverage or payment indicators have not been established, the\n"
    out += b"patient\x92s contractor decides.\n"
    out += b"\n"
    out += hcpcs_record("A1", 100, "7", b"Dressing for one wound", b"Dressing for one wound")
    out += hcpcs_record("AP", 100, "7", b"Determination of refractive state was not performed in the course of diagnostic",
                        b"No dtmn of refractive state")
    out += hcpcs_record("AP", 200, "8", b"ophthalmological examination")
    out += hcpcs_record("XS", 100, "7", b"Separate structure, a service that is distinct because it was performed on a",
                        b"Separate structure")
    out += hcpcs_record("XS", 200, "8", b"separate organ/structure")
    out += hcpcs_record("A0080", 100, "3", b"Non-emergency transportation, per mile - vehicle provided by volunteer",
                        b"Noninterest escort in non er")
    out += hcpcs_record("A0080", 200, "4", b"(individual or organization), with no vested interest")
    out += hcpcs_record("A4206", 100, "3", b"Syringe with needle, sterile, 1 cc or less, each", b"1 cc sterile syringe&needle")
    out += hcpcs_record("G0121", 100, "3", b"Colorectal cancer screening; colonoscopy on individual not meeting criteria for",
                        b"Colon ca scrn not hi rsk ind")
    out += hcpcs_record("G0121", 200, "4", b"high risk")
    out += hcpcs_record("G0122", 200, "4", b"continuation without its first record")  # broken
    out += hcpcs_record("J9999", 100, "3", b"Not otherwise classified, antineoplastic drugs \x96 old code",
                        b"Antineoplastic drug noc", termination=b"20141231")
    out += b"ZZZZ garbage line in the middle\n"  # broken
    out += hcpcs_record("L8699", 100, "3", b"Prosthetic implant, not otherwise specified", b"Prosthetic implant nos",
                        pad=False)
    open("hcpcs-2020.txt", "wb").write(bytes(out))
    open("hcpcs-disclaimer-only.txt", "wb").write(b"2020 ALPHA-NUMERIC HCPCS\nNothing else here.\n")


def write_hcpcs_2026():
    """A 2026 file for the date-of-service rules: codes in force, one terminated before 2026, one added
    in July 2026."""
    out = bytearray()
    out += b"Note regarding coverage and payment indicators for codes in CMS\xae 2026 HCPCS Update\n"
    out += b"\n"
    out += hcpcs_record("XS", 100, "7", b"Separate structure, a service that is distinct because it was performed on a",
                        b"Separate structure")
    out += hcpcs_record("A4206", 100, "3", b"Syringe with needle, sterile, 1 cc or less, each", b"1 cc sterile syringe&needle")
    out += hcpcs_record("J3010", 100, "3", b"Injection, fentanyl citrate, 0.1 mg", b"Fentanyl citrate injeciton")
    out += hcpcs_record("J1100", 100, "3", b"Injection, dexamethasone sodium phosphate, 1 mg", b"Dexamethasone sodium phos")
    out += hcpcs_record("Q4101", 100, "3", b"Skin substitute, invented for the fixture, per sq cm", b"Skin sub fixture",
                        termination=b"20251231")
    # Added in the July quarterly update: not valid for a date of service before 2026-07-01.
    out += hcpcs_record("J9399", 100, "3", b"Injection, antineoplastic invented for the fixture, 1 mg",
                        b"Inj antineoplastic fixture", added=b"20260701")
    open("hcpcs-2026.txt", "wb").write(bytes(out))


def write_ncci():
    """NCCI practitioner PTP and MUE files in the CMS tab-delimited layout, invented rows."""
    ptp = [
        b"CPT codes, descriptions and other data only are copyright 2025 American Medical Association.",
        b"Practitioner PTP edits (fixture written by hand for CodeDesk's tests)",
        b"",
        b"Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\t"
        b"Modifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale",
        b"47382\t76940\t\t20090101\t*\t0\tMisuse of column two code with column one code",
        b"47370\t47382\t\t20100101\t*\t1\tMutually exclusive procedures",
        b"47380\t47370\t\t20100101\t*\t0\tLaparoscopic procedure converted to open",
        b"99213\t36415\t*\t19960101\t*\t9\tStandards of medical / surgical practice",
        b"47383\t77013\t\t20150101\t20200101\t1\tMisuse of column two code with column one code",
        b"0600T\t77013\t\t20200701\t*\t0\tCPT Manual or CMS manual coding instruction",
        b"99215\t96372\t\t20240101\t*\t1\tStandards of medical / surgical practice",
        b"4738\t76940\t\t20090101\t*\t0\tbroken: a four-character code",
        b"47382\t77022\t\t2009-01-01\t*\t0\tbroken: a date with dashes",
        b"47382\t77013\t\t20090101\t*\t5\tbroken: indicator 5",
    ]
    open("ncci-ptp-2026Q1.txt", "wb").write(b"\r\n".join(ptp) + b"\r\n")
    open("ncci-ptp-no-header.txt", "wb").write(b"47382\t76940\t\t20090101\t*\t0\tno header above\n")
    mue = [
        b"Practitioner Services MUE Table - effective 1/1/2026 (fixture written by hand for CodeDesk's tests)",
        b"",
        b"HCPCS/CPT Code\tPractitioner Services MUE Values\tMUE Adjudication Indicator\tMUE Rationale",
        b"J3010\t20\t3 Date of Service Edit: Clinical\tClinical: Data",
        b"47382\t1\t2 Date of Service Edit: Policy\tCMS Policy",
        b"J1100\t10\t1 Line Edit\tPrescribing Information",
        b"96372\t4\t3 Date of Service Edit: Clinical\tClinical: Data",
        b"J9999\tabc\t1 Line Edit\tbroken: units not a number",
        b"J9998\t3\t7 Unknown\tbroken: indicator 7",
    ]
    open("mue-2026Q1.txt", "wb").write(b"\n".join(mue) + b"\n")


def write_pfs_2026():
    """A 2026 RVU file with the statuses and modifier rows the claim rules read."""
    header = [
        ",,2026 National Physician Fee Schedule Relative Value File January Release (fixture),,,,,,,,,,,,,,,,,,,,,,,,,,,,",
        ",,RELEASED 11/01/2025,,,,,,,,,,,,,,,,,,,,,,,,,,,,",
        ",, , ,,,,,,,,,,,,,,,,,,,,,,,,,NON-FACILITY,FACILITY,",
        ",,,,NOT USED,,,,,,,,,,,,,,,,,,,,,PHYSICIAN,,DIAGNOSTIC,PE USED,PE USED,MP USED",
        ",,,,FOR,,,NON-FAC,,FACILITY ,,,,,,,,,,,,,,,,SUPERVISION OF,,IMAGING,FOR OPPS,FOR OPPS,FOR OPPS",
        ",,,STATUS,MEDICARE ,WORK,NON-FAC,NA,FACILITY,NA,MP,NON-FACILITY,FACILITY,PCTC,GLOB,PRE,INTRA,POST,MULT,BILAT,ASST,CO-,TEAM,ENDO,CONV,DIAGNOSTIC,CALCULATION,FAMILY,PAYMENT,PAYMENT,PAYMENT",
        "HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL,IND,DAYS,OP,OP,OP,PROC,SURG,SURG,SURG,SURG,BASE,FACTOR,PROCEDURES,FLAG,INDICATOR,AMOUNT,AMOUNT,AMOUNT",
    ]
    rows = [
        "47382,,,A,,14.97,87.64,,5.19,,1.57,104.18,21.73,0,010,0.10,0.80,0.10,2,0,1,0,0,,33.4009,09,0,99,0.00,0.00,0.00",
        "77022,,,C,,0.00,0.00,,0.00,NA,0.00,0.00,0.00,1,XXX,0.00,0.00,0.00,0,0,0,0,0,,33.4009,09,0,99,0.00,0.00,0.00",
        "77022,26,,A,,4.24,1.44,,1.44,,0.24,5.92,5.92,1,XXX,0.00,0.00,0.00,0,0,9,0,0,,33.4009,09,0,99,0.00,0.00,0.00",
        "99999,,,I,,0.00,0.00,,0.00,,0.00,0.00,0.00,9,XXX,0.00,0.00,0.00,9,9,9,9,9,,33.4009,09,0,99,0.00,0.00,0.00",
        "99998,,,N,,0.50,0.50,,0.50,,0.10,1.10,1.10,9,XXX,0.00,0.00,0.00,9,9,9,9,9,,33.4009,09,0,99,0.00,0.00,0.00",
        # A minor procedure with a 000-day global period and an office visit (invented values).
        "20610,,,A,,0.79,1.05,,0.33,,0.10,1.94,1.22,0,000,0.00,0.00,0.00,2,1,1,0,0,,33.4009,09,0,99,0.00,0.00,0.00",
        "99213,,,A,,1.30,1.35,,0.57,,0.10,2.75,1.97,0,XXX,0.00,0.00,0.00,0,0,0,0,0,,33.4009,09,0,99,0.00,0.00,0.00",
    ]
    open("pfs-rvu-2026.csv", "w").write("\r\n".join(header + rows) + "\r\n")


def write_pfs():
    lines = [
        ",,2025 National Physician Fee Schedule Relative Value File October Release (fixture),,,,,,,,,,,,,,,,,,,,,,,,,,,,",
        ",, ,,,,,,,,,,,,,,,,,,,,,,,,,,,,",
        ",,RELEASED 09/11/2025,,,,,,,,,,,,,,,,,,,,,,,,,,,,",
        ",, , ,,,,,,,,,,,,,,,,,,,,,,,,,NON-FACILITY,FACILITY,",
        ",,,,NOT USED,,,,,,,,,,,,,,,,,,,,,PHYSICIAN,,DIAGNOSTIC,PE USED,PE USED,MP USED",
        ",,,,FOR,,,NON-FAC,,FACILITY ,,,,,,,,,,,,,,,,SUPERVISION OF,,IMAGING,FOR OPPS,FOR OPPS,FOR OPPS",
        ",,,STATUS,MEDICARE ,WORK,NON-FAC,NA,FACILITY,NA,MP,NON-FACILITY,FACILITY,PCTC,GLOB,PRE,INTRA,POST,MULT,BILAT,ASST,CO-,TEAM,ENDO,CONV,DIAGNOSTIC,CALCULATION,FAMILY,PAYMENT,PAYMENT,PAYMENT",
        "HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL,IND,DAYS,OP,OP,OP,PROC,SURG,SURG,SURG,SURG,BASE,FACTOR,PROCEDURES,FLAG,INDICATOR,AMOUNT,AMOUNT,AMOUNT",
        "47370,,,A,,20.80,11.92,NA,11.92,,5.18,37.90,37.90,0,090,0.09,0.81,0.10,2,0,2,1,0,,32.3465,09,0,99,0.00,0.00,0.00",
        "47382,,\"Ablate liver tumor, perq\",A,,14.97,87.64,,5.19,,1.57,104.18,21.73,0,010,0.10,0.80,0.10,2,0,1,0,0,,32.3465,09,0,99,0.00,0.00,0.00",
        "76940,,,C,,0.00,0.00,,0.00,NA,0.00,0.00,0.00,1,YYY,0.00,0.00,0.00,0,0,0,0,0,,32.3465,09,0,99,0.00,0.00,0.00",
        "76940,26,,A,,2.00,0.72,,0.72,,0.28,3.00,3.00,1,XXX,0.00,0.00,0.00,0,0,0,0,0,,32.3465,09,0,99,0.00,0.00,0.00",
        "76940,TC,,C,,0.00,0.00,,0.00,NA,0.00,0.00,0.00,1,YYY,0.00,0.00,0.00,0,0,0,0,0,,32.3465,03,0,99,0.00,0.00,0.00",
        "47383,,,A,,8.88,159.20",
        "47384,,,A,,8.88,159.20,,3.52,,0.99,169.07,13.39,X,010,0.10,0.80,0.10,2,0,1,0,0,,32.3465,09,0,99,0.00,0.00,0.00",
        "0600T,,,C,,0.00,0.00,,0.00,,0.00,0.00,0.00,0,YYY,0.00,0.00,0.00,0,0,0,0,0,,32.3465,09,0,99,0.00,0.00,0.00",
    ]
    open("pfs-rvu-2025.csv", "wb").write(("\r\n".join(lines) + "\r\n").encode())
    open("pfs-no-header.csv", "wb").write(b"47370,,,A,,20.80\r\n47382,,,A,,14.97\r\n")


def write_pos():
    import json
    places = [
        {"placeOfServiceCode": "11", "placeOfServiceName": "Office",
         "placeOfServiceDescription": "Location where the health professional routinely provides examinations."},
        {"placeOfServiceCode": "22", "placeOfServiceName": "On Campus-Outpatient Hospital",
         "placeOfServiceDescription": "A portion of a hospital's main campus."},
        {"placeOfServiceCode": "xx", "placeOfServiceName": "Broken", "placeOfServiceDescription": ""},
        {"placeOfServiceCode": "24", "placeOfServiceName": "Ambulatory Surgical Center",
         "placeOfServiceDescription": "A freestanding facility."},
    ]
    open("pos-2017.json", "w").write(json.dumps(places))
    open("pos.csv", "wb").write(
        b"code,name,description\r\n"
        b"19,Off Campus-Outpatient Hospital,\"A portion of an off-campus hospital, provider based\"\r\n"
        b"21,Inpatient Hospital,A facility which primarily provides inpatient services\r\n"
        b"9,Prison/Correctional Facility,A prison or jail\r\n"
        b"ABC\r\n")


if __name__ == "__main__":
    write_order()
    write_ranking()
    write_hcpcs()
    write_hcpcs_2026()
    write_ncci()
    write_pfs_2026()
    write_pfs()
    write_pos()
