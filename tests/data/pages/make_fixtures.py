#!/usr/bin/env python3
"""Writes the code-page fixtures in the official layouts (run from this folder).

Small and invented: they copy the layout of the CDC/CMS files, not their rows.
"""


def order_line(n, code, flag, text):
    return b"%05d %-7s %s %-60s %s\r\n" % (n, code.encode(), flag.encode(), text[:60].encode(), text.encode())


ORDER = [
    ("C22", "0", "Malignant neoplasm of liver and intrahepatic bile ducts"),
    ("C220", "1", "Liver cell carcinoma"),
    ("C221", "1", "Intrahepatic bile duct carcinoma"),
    ("C78", "0", "Secondary malignant neoplasm of respiratory and digestive organs"),
    ("C787", "1", "Secondary malignant neoplasm of liver and intrahepatic bile duct"),
    ("J11", "0", "Influenza due to unidentified influenza virus"),
    ("J110", "0", "Influenza due to unidentified influenza virus with pneumonia"),
    ("J1100", "1", "Influenza due to unidentified influenza virus with unspecified type of pneumonia"),
    ("S72", "0", "Fracture of femur"),
    ("S720", "0", "Fracture of head and neck of femur"),
    ("S7200", "0", "Fracture of unspecified part of neck of femur"),
    ("S72001", "0", "Fracture of unspecified part of neck of right femur"),
    ("S72001A", "1", "Fracture of unsp part of neck of right femur, init for clos fx"),
    ("S72001D", "1", "Fracture of unsp part of neck of right femur, subs for clos fx w routn heal"),
    ("S72002", "0", "Fracture of unspecified part of neck of left femur"),
    ("S72002A", "1", "Fracture of unsp part of neck of left femur, init for clos fx"),
]

TABULAR = """<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.tabular>
  <version>2021</version>
  <chapter>
    <name>2</name>
    <desc>Neoplasms (C00-D49)</desc>
    <section id="C15-C26">
      <desc>Malignant neoplasms of digestive organs (C15-C26)</desc>
      <diag>
        <name>C22</name>
        <desc>Malignant neoplasm of liver and intrahepatic bile ducts</desc>
        <excludes1>
          <note>secondary malignant neoplasm of liver (C78.7)</note>
        </excludes1>
        <useAdditionalCode>
          <note>alcohol abuse and dependence (F10.-)</note>
        </useAdditionalCode>
        <diag>
          <name>C22.0</name>
          <desc>Liver cell carcinoma</desc>
          <inclusionTerm>
            <note>Hepatocellular carcinoma</note>
          </inclusionTerm>
        </diag>
        <diag>
          <name>C22.1</name>
          <desc>Intrahepatic bile duct carcinoma</desc>
        </diag>
      </diag>
    </section>
    <section id="C76-C80">
      <desc>Malignant neoplasms of ill-defined, other secondary and unspecified sites (C76-C80)</desc>
      <diag>
        <name>C78</name>
        <desc>Secondary malignant neoplasm of respiratory and digestive organs</desc>
        <codeFirst>
          <note>any underlying neoplasm</note>
        </codeFirst>
        <diag>
          <name>C78.7</name>
          <desc>Secondary malignant neoplasm of liver and intrahepatic bile duct</desc>
        </diag>
      </diag>
    </section>
  </chapter>
  <chapter>
    <name>10</name>
    <desc>Diseases of the respiratory system (J00-J99)</desc>
    <section id="J09-J18">
      <desc>Influenza and pneumonia (J09-J18)</desc>
      <diag>
        <name>J11</name>
        <desc>Influenza due to unidentified influenza virus</desc>
        <diag>
          <name>J11.0</name>
          <desc>Influenza due to unidentified influenza virus with pneumonia</desc>
          <diag>
            <name>J11.00</name>
            <desc>Influenza due to unidentified influenza virus with unspecified type of pneumonia</desc>
          </diag>
        </diag>
      </diag>
    </section>
  </chapter>
  <chapter>
    <name>19</name>
    <desc>Injury, poisoning and certain other consequences of external causes (S00-T88)</desc>
    <section id="S70-S79">
      <desc>Injuries to the hip and thigh (S70-S79)</desc>
      <diag>
        <name>S72</name>
        <desc>Fracture of femur</desc>
        <notes>
          <note>A fracture not indicated as open or closed should be coded to closed</note>
        </notes>
        <excludes1>
          <note>traumatic amputation of hip and thigh (S78.-)</note>
        </excludes1>
        <sevenChrNote>
          <note>The appropriate 7th character is to be added to all codes from category S72</note>
        </sevenChrNote>
        <sevenChrDef>
          <extension char="A">initial encounter for closed fracture</extension>
          <extension char="B">initial encounter for open fracture type I or II</extension>
          <note>initial encounter for open fracture NOS</note>
          <extension char="D">subsequent encounter for closed fracture with routine healing</extension>
        </sevenChrDef>
        <diag>
          <name>S72.0</name>
          <desc>Fracture of head and neck of femur</desc>
          <diag>
            <name>S72.00</name>
            <desc>Fracture of unspecified part of neck of femur</desc>
            <diag>
              <name>S72.001</name>
              <desc>Fracture of unspecified part of neck of right femur</desc>
            </diag>
            <diag>
              <name>S72.002</name>
              <desc>Fracture of unspecified part of neck of left femur</desc>
            </diag>
          </diag>
        </diag>
      </diag>
    </section>
  </chapter>
</ICD10CM.tabular>
"""


def hcpcs_record(code, seq, rtype, long, short="", fields=None):
    line = bytearray(b" " * 320)
    line[0:5] = code.encode().ljust(5)
    line[5:10] = b"%05d" % seq
    line[10:11] = rtype.encode()
    line[11:91] = long.encode("cp1252")[:80].ljust(80)
    line[91:119] = short.encode("cp1252")[:28].ljust(28)
    for column, value in (fields or {}).items():
        line[column - 1:column - 1 + len(value)] = value.encode()
    return bytes(line).rstrip() + b"\n"


def write_hcpcs():
    out = [b"Hand-written fixture in the layout of the CMS 2020 HCPCS alpha-numeric file\n", b"\n"]
    out.append(hcpcs_record("J1100", 10, "3", "Injection, dexamethasone sodium phosphate, 1 mg", "Dexamethasone sodium phos",
                            {120: "51", 128: "A", 230: "D", 257: "O1E", 261: "1", 269: "20050101", 277: "20050101"}))
    out.append(hcpcs_record("J9035", 10, "3", "Injection, bevacizumab, 10 mg", "Bevacizumab injection",
                            {120: "51", 128: "A", 230: "C", 231: "YY", 233: "20080101", 257: "O1E", 261: "1",
                             262: "P", 268: "0", 269: "20050101", 277: "20050101", 293: "N"}))
    out.append(hcpcs_record("JZ", 10, "7", "Zero drug amount discarded/not administered to any patient",
                            "Zero drug wasted"))
    out.append(hcpcs_record("RT", 10, "7", "Right side (used to identify procedures performed on the right side of",
                            "Right side"))
    out.append(hcpcs_record("RT", 20, "8", "the body)"))
    return b"".join(out)


PFS_HEADER = """,,2025 National Physician Fee Schedule Relative Value File October Release (fixture),,,,,,,,,,,,,,,,,,,,,,,,,,,,
,,RELEASED 09/11/2025,,,,,,,,,,,,,,,,,,,,,,,,,,,,
,, , ,,,,,,,,,,,,,,,,,,,,,,,,,NON-FACILITY,FACILITY,
,,,,NOT USED,,,,,,,,,,,,,,,,,,,,,PHYSICIAN,,DIAGNOSTIC,PE USED,PE USED,MP USED
,,,,FOR,,,NON-FAC,,FACILITY ,,,,,,,,,,,,,,,,SUPERVISION OF,,IMAGING,FOR OPPS,FOR OPPS,FOR OPPS
,,,STATUS,MEDICARE ,WORK,NON-FAC,NA,FACILITY,NA,MP,NON-FACILITY,FACILITY,PCTC,GLOB,PRE,INTRA,POST,MULT,BILAT,ASST,CO-,TEAM,ENDO,CONV,DIAGNOSTIC,CALCULATION,FAMILY,PAYMENT,PAYMENT,PAYMENT
HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL,IND,DAYS,OP,OP,OP,PROC,SURG,SURG,SURG,SURG,BASE,FACTOR,PROCEDURES,FLAG,INDICATOR,AMOUNT,AMOUNT,AMOUNT
"""


def pfs_row(code, mod, desc, status, work, nonfac_total, nonfac_na, fac_total, pctc, glob, mult, bilat, asst, co, team):
    return ",".join([code, mod, desc, status, "", work, "0.00", nonfac_na, "0.00", "", "0.00", nonfac_total, fac_total,
                     pctc, glob, "0.00", "0.00", "0.00", mult, bilat, asst, co, team, "", "32.3465", "09", "0", "99",
                     "0.00", "0.00", "0.00"]) + "\n"


def write_pfs():
    rows = [
        pfs_row("47382", "", "Ablate liver tumor perq", "A", "14.97", "104.18", "", "21.73", "0", "010", "2", "0", "1", "0", "0"),
        pfs_row("47383", "", "", "A", "8.88", "169.07", "", "13.39", "0", "010", "2", "0", "1", "0", "0"),
        pfs_row("76940", "", "", "C", "0.00", "0.00", "", "0.00", "1", "YYY", "0", "0", "0", "0", "0"),
        pfs_row("76940", "26", "", "A", "2.00", "3.00", "", "3.00", "1", "XXX", "0", "0", "0", "0", "0"),
        pfs_row("76940", "TC", "", "C", "0.00", "0.00", "NA", "0.00", "1", "YYY", "0", "0", "0", "0", "0"),
        pfs_row("J9035", "", "", "A", "0.00", "1.50", "", "1.50", "9", "XXX", "9", "9", "9", "9", "9"),
    ]
    return (PFS_HEADER + "".join(rows)).encode()


POS = ('[{"placeOfServiceCode": "11", "placeOfServiceName": "Office", "placeOfServiceDescription": '
       '"Location where the health professional routinely provides examinations."}, '
       '{"placeOfServiceCode": "22", "placeOfServiceName": "On Campus-Outpatient Hospital", '
       '"placeOfServiceDescription": "A portion of a hospital\'s main campus which provides services to sick or '
       'injured persons who do not require hospitalization."}]\n')

if __name__ == "__main__":
    with open("icd10cm-order.txt", "wb") as f:
        f.write(b"".join(order_line(i + 1, *row) for i, row in enumerate(ORDER)))
    with open("icd10cm-tabular.xml", "w") as f:
        f.write(TABULAR)
    with open("hcpcs.txt", "wb") as f:
        f.write(write_hcpcs())
    with open("pfs.csv", "wb") as f:
        f.write(write_pfs())
    with open("pos.json", "w") as f:
        f.write(POS)
