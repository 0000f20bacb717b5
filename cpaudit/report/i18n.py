"""The report's own catalogue: every word the PDF prints, in Vietnamese and English.

Entries are plain text (never reportlab markup): the PDF code escapes them like user text.
Placeholders use ``str.format`` names. Vietnamese terms follow the project glossary
(``shared/reference/glossary_vi_en.csv``) and the domain primer: suất tiêu hao, tiết kiệm,
giải pháp SXSH, thời gian hoàn vốn ...
"""

from __future__ import annotations

import unicodedata

LANGUAGES = ("vi", "en")

EN: dict[str, str] = {
    "report_title": "Cleaner production (CP) assessment report",
    "establishment": "Establishment",
    "address": "Address",
    "sector": "Sector",
    "industry_code": "Industry code",
    "employees": "Employees",
    "design_capacity": "Design capacity",
    "history": "History",
    "environmental_status": "Environmental status",
    "products": "Products",
    "baseline_period": "Baseline period",
    "current_period": "Current period",
    "projection": "Projection from implemented options (at baseline output)",
    "period_with_dates": "{label} ({start} – {end})",
    "target_scheme": "Target scheme",
    "energy_basis": "Energy basis",
    "currency": "Currency",
    "report_date": "Report date",
    "prepared_with": "Prepared with {name} {version}",
    "footer": "page {page} of {pages}",
    "intensity_intro": (
        "Specific consumption = quantity of the resource / production, per product. Saving = "
        "(baseline − {current}) / baseline; a negative saving is an increase. Judged against "
        "{scheme}."
    ),
    "col_product": "Product",
    "col_resource": "Resource",
    "col_unit": "Unit",
    "col_baseline": "Baseline",
    "col_current": "Current",
    "col_projected": "Projected",
    "col_saving": "Saving",
    "col_judgement": "Judgement",
    "current_word": "current",
    "projected_word": "projected",
    "no_rows": "No product has consumption data for these periods.",
    "increase": "increase",
    "classes_intro": (
        "Saving of a class = 1 − Σ {current} use / Σ (baseline specific consumption × "
        "{current} production), over the products, on the basis shown. Target band: {band}."
    ),
    "col_class": "Resource class",
    "col_basis": "Basis",
    "chart_xlabel": "Saving per unit of product [%]",
    "chart_band": "Target band {band}",
    "chart_out_of_scope": "not in scheme scope",
    "chart_na": "n/a",
    "no_classes": "No resource class has data to compare with the target.",
    "basis_gj": "GJ ({basis})",
    "basis_money": "money ({currency})",
    "sec_energy": "Energy in TOE and GJ; the key-energy-user test",
    "col_period": "Period",
    "col_toe": "TOE",
    "col_gj": "GJ",
    "col_key_user": "Key energy user (≥ {threshold} TOE/yr)",
    "yes": "yes",
    "no": "no",
    "energy_intro": (
        "Plant energy use of the energy and fuel resources, converted with the MOIT factors "
        "(official letter 3505/BCT-KHCN), the basis of the key-energy-user test: electricity "
        "counts as primary energy (0.0001543 TOE/kWh). 1 TOE = {gj_per_toe} GJ."
    ),
    "energy_none_included": "none",
    "energy_excluded": "Not energy carriers, so not added: {excluded}.",
    "key_user_yes": (
        "{period}: {toe} TOE ≥ {threshold} TOE a year, so the establishment is a key energy user."
    ),
    "key_user_no": (
        "{period}: {toe} TOE < {threshold} TOE a year, so the establishment is not a key "
        "energy user."
    ),
    "key_user_na": "{period}: the total is not defined ({reason}), so the test cannot be made.",
    "key_user_source": "Source: {source}",
    "period_not_a_year": (
        "The period lasts {days} days, not one year: the totals are not annualised, while the"
        " threshold applies to yearly use."
    ),
    "sec_options": "CP options",
    "col_code": "Code",
    "col_title": "Option",
    "col_technique": "CP technique",
    "col_screening": "Screening",
    "col_status": "Status",
    "col_investment": "Investment ({currency})",
    "col_net_saving": "Net saving per year ({currency})",
    "col_payback": "Payback period (years)",
    "col_payback_group": "Payback group",
    "col_npv": "NPV ({currency})",
    "col_irr": "IRR",
    "col_quantity": "Quantity per year",
    "col_money": "Money per year ({currency})",
    "rejected_because": "rejected: {reason}",
    "option_reference": "ref. {reference}",
    "no_options": "The project has no CP options.",
    "no_resource_savings": "No option states a resource saving.",
    "implemented_total": "Total of implemented options",
    "economics_note": (
        "Simple payback = investment / net annual saving. NPV = −investment + Σ saving / (1 +"
        " r)^t for t = 1 … n, the investment paid at the start and not discounted. Default "
        "lifetime {lifetime} years, discount rate {rate}, unless an option says otherwise."
    ),
    "assumptions": "Assumptions: {note}",
    "payback_groups": "Options, investment and net annual saving by payback group",
    "sub_sensitivity": "Sensitivity of the economics (investment and saving ±{step})",
    "sensitivity_intro": (
        "Payback period and NPV of each option with its investment and its net annual saving each"
        " {step} lower, as entered (0 %) and {step} higher; the figures in bold are the option as"
        " entered. The IRR of every case is in the data file."
    ),
    "col_investment_change": "Investment change",
    "sens_payback_group": "Payback period (years), annual saving change",
    "sens_npv_group": "NPV ({currency}), annual saving change",
    "sensitivity_not_defined": "{code}: not computed, the net annual saving is {why}.",
    "col_count": "Number of options",
    "sub_notes": "Data-quality notes:",
    "cover_notes": "Cover entries too long for the cover, in full:",
    "unit_piece": "pcs",
    "unit_bottle": "bottles",
    "unit_can_unit": "cans",
    "scheme_label": "Scheme",
    "scheme_instrument": "Instrument",
    "scheme_band": "Band",
    "scheme_scope": "Resource classes covered",
    "scheme_valid": "Valid",
    "scheme_source": "Source",
    "valid_range": "{start} – {end}",
    "valid_until": "until {end}",
    "col_factor_gj": "GJ per unit",
    "col_factor_toe": "TOE per unit",
    "col_source": "Source",
    "no_conversions": "No energy or fuel resource is used.",
    "no_sources": "The project names no sources.",
    "no_notes": "No notes.",
    "not_available": "n/a",
    "not_available_reason": "n/a ({reason})",
    "judgement_below": "below target",
    "judgement_within": "within target",
    "judgement_beyond": "beyond target",
    "judgement_out_of_scope": "not in scheme scope",
    "judgement_not_defined": "n/a",
    "judgement_and_reason": "{judgement}; {reason}",
    "class_energy": "Energy",
    "class_fuel": "Fuels",
    "class_material": "Materials",
    "class_water": "Water",
    "class_other": "Other",
    "basis_moit": "MOIT basis",
    "basis_final": "final-energy basis",
    "technique_good_housekeeping": "good housekeeping",
    "technique_input_material_change": "input material change",
    "technique_process_control": "better process control",
    "technique_equipment_modification": "equipment modification",
    "technique_technology_change": "technology change",
    "technique_onsite_recovery": "on-site recovery and reuse",
    "technique_by_products": "production of useful by-products",
    "technique_product_modification": "product modification",
    "screening_implement_now": "implement now",
    "screening_study_further": "study further",
    "screening_rejected": "rejected",
    "status_proposed": "proposed",
    "status_planned": "planned",
    "status_implemented": "implemented",
    "status_not_implemented": "not implemented",
    "payback_under_1": "< 1 year",
    "payback_1_to_2": "1–2 years",
    "payback_2_to_3": "2–3 years",
    "payback_over_3": "> 3 years",
    "reason_zero_baseline": "baseline is zero",
    "reason_no_production": "no production",
    "reason_no_baseline_data": "no baseline data",
    "reason_no_current_data": "no current data",
    "reason_no_allocation": "plant-level use not allocated to products",
    "reason_no_conversion": "no conversion factor",
    "reason_savings_exceed_use": "savings exceed use",
    "reason_no_money_saving": "saving has no money value or price",
    "reason_never_pays_back": "never pays back",
    "reason_no_irr": "no IRR exists",
    "reason_with_detail": "{reason}: {detail}",
    "reason_no_energy_data": "no energy or fuel use recorded",
    "unit_kW_month": "kW-month",
    "unit_m3": "m³",
    "unit_short_ton": "short ton",
    "unit_kgal": "1000 gal",
    "unit_iac_w0_unit": "IAC W0 unit",
    "unit_note_iac_w0_unit": "unit undefined",
    "unit_with_note": "{unit} ({note})",
    "source_heat content of the unit": "heat content of the unit",
    "source_measured heating value": "measured heating value",
    "source_3.6 MJ/kWh (final energy)": "3.6 MJ/kWh (final energy)",
    "source_MOIT official letter 3505/BCT-KHCN (19 Apr 2011)": (
        "MOIT official letter 3505/BCT-KHCN (19 Apr 2011)"
    ),
    "month_names": (
        "January February March April May June July August September October November December"
    ),
    "date": "{day} {month} {year}",
    "error_no_folder": "The folder {folder} does not exist: choose another folder.",
    "error_is_folder": "{path} is a folder: give a file name for the report.",
    "error_not_writable": "Cannot write in the folder {folder}: {why}. Choose another folder.",
    "error_replace": (
        "Cannot replace {path}: {why}. Close the file if another program has it open, or "
        "choose another name."
    ),
    "error_write": "Writing the report failed: {why}.",
    "error_scheme": "Unknown target scheme {scheme}: choose one of {known}.",
    "error_data": "The project data cannot be assessed: {why}.",
    "progress_assess": "Calculating",
    "progress_chart": "Drawing the charts",
    "progress_layout": "Laying out the report",
    "progress_pages": "Writing pages",
    "progress_done": "Report written",
    # cover and page furniture
    "prepared_by": "Prepared by",
    "report_version": "Version",
    "data_file": "Data file (JSON)",
    "data_schema": "Schema",
    "illustrative_note": "Note on the data: {note}",
    "footer_fingerprint": "JSON data SHA-256:",
    "contents": "Contents",
    "note_word": "note",
    "notes_title": "Notes to the table (texts too long for a cell, in full):",
    "not_recorded": "not recorded",
    "not_recorded_text": "Not recorded.",
    "total": "Total",
    "plant_level": "whole plant",
    "dash_note": "–: not recorded.",
    # 1 executive summary
    "sec_summary": "Executive summary",
    "summary_intro": (
        "Cleaner production assessment of {name}. Baseline: {baseline}. Compared with: "
        "{current}. Savings per unit of product are judged against {scheme}."
    ),
    "summary_figures": "Key figures",
    "summary_options": "CP options identified",
    "summary_implemented": "Options implemented",
    "summary_planned": "Options planned",
    "summary_group": (
        "{count}; investment {investment} {currency}; net saving {saving} {currency} a year"
    ),
    "summary_payback": "Payback of the implemented options (years)",
    "summary_money": "Money saved per year (implemented options)",
    "summary_co2": "CO2 avoided per year (implemented options)",
    "co2_amount": "{amount} t CO2 (fossil)",
    "summary_key_user": "Key energy user (baseline)",
    "summary_key_user_yes": "yes: {toe} TOE ≥ {threshold} TOE a year",
    "summary_key_user_no": "no: {toe} TOE < {threshold} TOE a year",
    "summary_projection_note": (
        "The current state is projected from the options reported implemented, at baseline "
        "output; it is not a measured period."
    ),
    # 2 the establishment
    "sec_establishment": "The establishment",
    "sub_products": "Products and design capacity",
    "col_production_unit": "Production recorded in",
    "col_report_unit": "Reported per",
    "no_products": "The project has no products.",
    # 3 team and schedule
    "sec_team": "The CP team and the schedule",
    "sub_team": "The CP team",
    "col_name": "Name",
    "col_position": "Position",
    "col_role": "Role in the team",
    "col_why_chosen": "Why chosen",
    "no_team": "No team member is recorded.",
    "sub_commitment": "Management commitment",
    "commitment_by": "Committed by",
    "commitment_date": "Date",
    "commitment_statement": "Statement",
    "no_commitment": "No management commitment is recorded.",
    "sub_schedule": "Schedule",
    "balance_period": "Balance period",
    "implementation_window": "Implementation of the options",
    "tasks_intro": "Progress of the 6 steps and 18 tasks of the CP assessment (UNIDO/UNEP method):",
    "col_step": "Step",
    "col_task": "Task",
    "col_state": "State",
    "col_missing": "Still missing",
    "state_empty": "not started",
    "state_started": "started",
    "state_done": "done",
    "step_1": "1. Getting started",
    "step_2": "2. Analysing process steps",
    "step_3": "3. Generating CP opportunities",
    "step_4": "4. Selecting CP solutions",
    "step_5": "5. Implementing CP solutions",
    "step_6": "6. Sustaining CP",
    "task_1": "T1 Form the CP team",
    "task_2": "T2 List the process steps and their consumption norms",
    "task_3": "T3 Select the most wasteful step (audit focus)",
    "task_4": "T4 Flow diagram of the audit focus",
    "task_5": "T5 Material and energy balance",
    "task_6": "T6 Cost of the waste streams",
    "task_7": "T7 Causes of waste",
    "task_8": "T8 Generate CP opportunities",
    "task_9": "T9 Select the most workable opportunities",
    "task_10": "T10 Technical feasibility",
    "task_11": "T11 Economic feasibility",
    "task_12": "T12 Environmental evaluation",
    "task_13": "T13 Select solutions to implement",
    "task_14": "T14 Prepare the implementation",
    "task_15": "T15 Implement the solutions",
    "task_16": "T16 Monitor and evaluate the results",
    "task_17": "T17 Sustain CP",
    "task_18": "T18 Select a new audit focus",
    "missing_team_members": "at least two team members",
    "missing_member_roles": "a role for every member",
    "missing_management_commitment": "management commitment",
    "missing_process_steps": "process steps",
    "missing_step_inputs_outputs": "inputs and outputs of every step",
    "missing_focus_scores": "scores of the focus matrix",
    "missing_focus_choice": "the chosen focus",
    "missing_unit_operations": "unit operations",
    "missing_flows_between_operations": "flows between the operations",
    "missing_balance_flows": "flows of the balance",
    "missing_balance_of_every_operation": "a balance of every operation",
    "missing_waste_streams": "waste streams",
    "missing_waste_costs": "costs of the waste streams",
    "missing_causes_of_every_waste_stream": "causes of every waste stream",
    "missing_options": "CP options",
    "missing_rejection_reasons": "reasons for the rejected options",
    "missing_technical_checks": "technical checks of every option",
    "missing_option_savings": "savings of every option",
    "missing_grid_emission_factor": "grid emission factor",
    "missing_environmental_effects": "environmental effects",
    "missing_selected_options": "options selected",
    "missing_implementation_plan": "owner and start of every selected option",
    "missing_options_implemented": "every selected option implemented",
    "missing_measured_current_period": "a measured current period",
    "missing_verified_savings": "verified savings",
    "missing_sustain_actions": "actions to sustain CP",
    "missing_next_focus": "the next focus",
    # 4 process, production, inputs, focus
    "sec_process": "Process steps, production, main inputs and the focus",
    "sub_steps": "Process steps",
    "col_step_name": "Process step",
    "col_description": "Description",
    "no_steps": "No process step is recorded.",
    "sub_step_flows": "Inputs and outputs per unit of product, and consumption norms",
    "col_kind": "Kind",
    "col_flow": "Flow",
    "col_per_unit": "Actual per unit",
    "col_norm": "Norm per unit",
    "norm_note": "Norm: the establishment's own consumption norm, where it has one (–: none).",
    "no_step_flows": "No input or output of the process steps is recorded.",
    "sub_production": "Production",
    "sub_inputs": "Main inputs (whole plant)",
    "col_baseline_cost": "Baseline cost ({currency})",
    "no_inputs": "No consumption is recorded.",
    "sub_focus": "The audit focus and why",
    "focus_intro": (
        "Each process step scored on each criterion (weight in brackets); the weighted sum "
        "ranks the steps, the most wasteful first."
    ),
    "col_rank": "Rank",
    "col_weighted_score": "Weighted score",
    "criteria_key": "Criteria: {criteria}.",
    "focus_chosen": "Audit focus: {step}.",
    "focus_reason": "Why: {reason}",
    "no_focus": "No audit focus has been chosen yet.",
    # 5 consumption and specific consumption
    "sec_consumption": "Consumption and specific consumption per product",
    "sub_quantities": "Consumption per product, baseline and current",
    "col_avoided": "Avoided",
    "avoided_note": (
        "Avoided = baseline specific consumption × {current} production − {current} use."
    ),
    "sub_intensity": "Specific consumption and saving",
    "sub_classes": "Saving per resource class against the target",
    "sub_norm": "Comparison with the MOIT sector norm",
    "norm_not_applicable_sector": (
        "No MOIT sector energy norm in cpaudit's reference data applies: the establishment's "
        "sector is not beer. (cpaudit holds the beer norms of Circular 19/2016/TT-BCT; the "
        "norms of other sectors are not yet in its reference data.)"
    ),
    "norm_not_applicable_unit": (
        "The sector is beer, but no product is measured in a unit that converts to "
        "hectolitres, so the norms of Circular 19/2016/TT-BCT (MJ/hl) cannot be compared."
    ),
    "norm_intro": (
        "Beer norms of Circular 19/2016/TT-BCT: the ceiling depends on the yearly volume, "
        "here {volume} million litres a year (all products measured in hectolitres, baseline "
        "period, annualised)."
    ),
    "col_production_hl": "Production (hl)",
    "col_sec": "SEC (MJ/hl)",
    "col_norm_mj": "Norm (MJ/hl)",
    "col_capacity_band": "Capacity band",
    "col_verdict": "Result",
    "norm_meets": "meets the norm",
    "norm_fails": "does not meet the norm",
    "norm_basis": (
        "SEC on the final-energy basis of the circular: electricity at 3.6 MJ/kWh, fuels at "
        "their heating value."
    ),
    # 6 energy
    "sub_carriers": "Energy carriers",
    "col_quantity_plain": "Quantity",
    "col_gj_final": "GJ (final energy)",
    "sub_key_user": "Key energy user (≥ {threshold} TOE a year)",
    "energy_basis_note": (
        "The MOIT factors count electricity as primary energy (about 6.46 MJ/kWh); the "
        "sector-norm circulars count it at 3.6 MJ/kWh (final energy), shown in the last "
        "column of the carriers table. Each total says which basis it uses."
    ),
    # 7 balance
    "sec_balance": "Material and energy balance of the focus",
    "balance_intro": (
        "Balance period: {period}. Focus: {focus}. Inputs = products + by-products + wastes +"
        " emissions + stock change; mass is added in kg and energy in GJ."
    ),
    "no_operations": "No unit operation of the focus is recorded.",
    "sub_operation": "{name}",
    "no_flows": "No flow of this operation is recorded.",
    "col_measurement": "Figure is",
    "col_to_operation": "Goes to",
    "col_inputs": "Inputs",
    "col_outputs": "Outputs",
    "col_stock_change": "Stock change",
    "col_closure": "Closure error",
    "col_metered": "Metered share",
    "balance_unit_problem": "Not balanced: {why}.",
    "sankey_caption": (
        "Sankey diagram of the balance, in {unit}; arrows numbered as the flows in the table "
        "of {section}."
    ),
    "sankey_unaccounted": "unaccounted (closure error)",
    "sankey_excess": "outputs exceeding inputs (closure error)",
    "sankey_other": "other flows",
    "sankey_not_drawn": "No Sankey diagram: the balance has no inputs or no outputs to draw.",
    "sankey_limit": (
        "Sankey diagrams are drawn for the first {count} balances; the others are in the tables."
    ),
    "closure_note": (
        "Closure error = (Σ inputs − Σ outputs − stock change) / Σ inputs. A few per cent is "
        "usual; a larger error asks for better metering, not an adjustment. Metered share: "
        "the part of the flows, by amount, that was metered rather than calculated or "
        "estimated."
    ),
    # 8 waste
    "sec_waste": "Waste streams, their cost and causes",
    "sub_streams": "Waste streams and their cost",
    "col_waste_stream": "Waste stream",
    "col_operation": "Operation",
    "col_quantity_year": "Quantity per year",
    "col_cost_per_unit": "Cost per unit ({currency})",
    "col_cost_year": "Cost per year ({currency})",
    "waste_cost_note": (
        "Cost per unit = purchase price + processing cost + treatment cost of what is lost."
    ),
    "no_waste": "No waste stream is recorded.",
    "sub_causes": "Causes of waste",
    "col_category": "Cause lies in",
    "no_causes": "No cause is recorded.",
    # 9 options
    "sub_by_bin": "Options by screening result",
    "bins_intro": "Screening: {counts}.",
    "sub_by_technique": "Options by CP technique",
    "col_co2": "CO2 avoided (t/yr)",
    "sub_economics": "Economic feasibility",
    "sub_option_savings": "Resource savings per year",
    "sub_environment": "Environmental effect",
    "co2_intro": (
        "CO2 avoided per year by each option's resource savings: electricity at the grid "
        "emission factor, fuels at the IPCC 2006 default factors; biomass CO2 is shown apart."
        " A negative figure is an increase."
    ),
    "co2_grid": "Grid emission factor {factor} t CO2/MWh; source: {source}",
    "co2_no_grid": "No grid emission factor is stated: electricity savings are not counted.",
    "col_co2_fossil": "CO2 fossil (t/yr)",
    "col_co2_biogenic": "CO2 biomass (t/yr)",
    "col_not_counted": "Not counted (no factor)",
    "co2_not_counted_note": (
        "Not counted: savings of resources with no emission factor (purchased steam or heat "
        "without a stated source, electricity demand, water, materials, carriers without an "
        "IPCC fuel); their CO2 is left out, not guessed."
    ),
    "effects_intro": "Other environmental effects:",
    "col_aspect": "Aspect",
    "sub_technical": "Technical feasibility",
    "col_question": "Question",
    "col_answer": "Answer",
    "col_note": "Note",
    "not_answered": "not answered",
    "no_technical_checks": "No technical check is recorded.",
    "sub_selected": "Options selected for implementation",
    "selected_intro": "In order of priority:",
    "col_priority": "Priority",
    "no_selected": "No option has been selected yet.",
    # 10 implementation
    "sec_implementation": "Implementation plan, status and monitoring",
    "sub_plan": "Implementation plan and status",
    "col_owner": "Responsible",
    "col_budget": "Budget ({currency})",
    "col_start": "Start",
    "col_finish": "Finish",
    "col_actual_cost": "Actual cost ({currency})",
    "no_plans": "No implementation plan is recorded.",
    "sub_monitoring": "Monitoring results",
    "col_verified": "Verified saving per year",
    "col_expected": "Expected saving per year",
    "col_method": "How verified",
    "no_verified": "No saving has been verified by measurement yet.",
    "monitoring_projection": (
        "The current figures of this report are projected from the options reported "
        "implemented; a measured reporting period will confirm them."
    ),
    "sub_sustain": "Sustaining CP",
    "col_action": "Action",
    "col_due": "Due",
    "no_sustain": "No action to sustain CP is recorded.",
    "sub_next_focus": "The next focus",
    # 11 annex
    "sec_annex": "Annex",
    "sub_data": "Data tables",
    "annex_resources": "Resources:",
    "annex_production": "Production records:",
    "annex_consumption": "Consumption records:",
    "annex_allocations": "Shares of plant-level use allocated to products:",
    "col_carrier": "Carrier",
    "col_price": "Price per unit ({currency})",
    "col_cost": "Cost ({currency})",
    "col_share": "Share",
    "no_records": "No records.",
    "sub_factors": "Factors and norms used, with their sources",
    "annex_scheme": "Target scheme:",
    "annex_conversions": "Energy conversion factors used:",
    "gj_per_toe": "1 TOE = {value} GJ.",
    "annex_toe_rows": "MOIT TOE factors of the carriers used:",
    "col_valid": "Valid",
    "annex_key_user": "Key-energy-user threshold:",
    "threshold": "Threshold",
    "toe_per_year": "{toe} TOE a year (industrial establishments)",
    "annex_grid": "Grid emission factor:",
    "grid_factor": "Factor",
    "grid_value": "{value} t CO2/MWh",
    "annex_ipcc": "IPCC 2006 fuel factors used:",
    "col_fuel": "Fuel",
    "col_ncv": "NCV (TJ/Gg)",
    "col_co2_factor": "CO2 (kg/TJ)",
    "col_biogenic": "Biomass",
    "annex_norms": "Sector energy norms used:",
    "col_segment": "Segment",
    "no_norms_used": "No sector norm was used (norms held: {file}).",
    "valid_open": "no dates given",
    "valid_from": "from {start}",
    "sub_formulas": "Formulas",
    "formula_intensity": (
        "Specific consumption I = Q / P: quantity of a resource over production, per product "
        "and period."
    ),
    "formula_saving": (
        "Saving s = (I_b − I_c) / I_b; not defined where I_b is zero or missing; a negative "
        "saving is an increase."
    ),
    "formula_avoided": "Avoided quantity at current output = I_b × P_c − Q_c.",
    "formula_class": (
        "Saving of a resource class = 1 − Σ Q_c / Σ (I_b × P_c) over its products; energy "
        "carriers in GJ, materials of different kinds by cost. Within the band when the "
        "saving lies inside it, edges included."
    ),
    "formula_toe": "Energy [TOE] = quantity × MOIT factor; GJ = TOE × 41.868.",
    "formula_closure": "Closure error = (Σ inputs − Σ outputs − stock change) / Σ inputs.",
    "formula_waste": (
        "Cost of a waste stream per year = quantity × (purchase price + processing cost + "
        "treatment cost per unit)."
    ),
    "formula_payback": (
        "Simple payback = investment / net annual saving; groups < 1, 1–2, 2–3 and > 3 years,"
        " the lower edge included."
    ),
    "formula_npv": (
        "NPV = −I₀ + Σ CF / (1 + r)^t for t = 1 … n: the investment paid at the start, not "
        "discounted."
    ),
    "formula_irr": "IRR: the rate at which NPV = 0; not given where no such rate exists.",
    "formula_sensitivity": (
        "Sensitivity: payback, NPV and IRR computed again with the investment and the net annual"
        " saving each multiplied by 0.8, 1 and 1.2 (nine cases per option)."
    ),
    "formula_co2": (
        "CO2 = MWh × grid emission factor for electricity; TJ × IPCC 2006 default CO2 factor "
        "for fuels; biomass CO2 apart."
    ),
    "formula_sec": (
        "Sector norm: SEC = Σ energy on the final-energy basis [MJ] / production [hl], "
        "against the MJ/hl ceiling valid at the period's end."
    ),
    "sub_sources": "Sources of the data and notes",
    "sub_fingerprint": "Data file and its fingerprint",
    "fingerprint_intro": (
        "The figures of this report are also in the file {file}, a JSON document whose "
        "published schema is named below. Its SHA-256 fingerprint is printed at the foot of "
        "every page."
    ),
    "fingerprint_check": (
        "To check that the file and this report agree, compute the SHA-256 of the file (for "
        "example with sha256sum, or certutil -hashfile on Windows) and compare it with the "
        "footer."
    ),
    "sub_signatures": "Signatures",
    "sign_prepared": "Prepared by",
    "sign_establishment": "For the establishment",
    "sign_line": "(signature, full name, seal)",
    # section 7: the balance's closure where a flow is calculated
    "flow_number_one": "Flow {number} is",
    "flow_numbers_many": "Flows {numbers} are",
    "closure_constructed": (
        "{flows} marked calculated: the {unit} balance closes by construction (a flow "
        "calculated as the remainder of the others), so its closure error of {closure} does not "
        "test the measurements; only a balance of metered or estimated figures tests them."
    ),
    "closure_calculated": (
        "{flows} marked calculated, not measured: the {unit} closure error of {closure} tests "
        "the measurements only as far as that figure was not worked out from the others."
    ),
    # lists in a sentence
    "and_last": "{others} and {last}",
    "more_items": "{count} more",
    # section 1: the CO2 the summary leaves out
    "co2_without": "{amount}, not counting savings with no emission factor: {savings}",
    "saving_of": "{quantity} of {name}",
    # section 2: the establishment
    "not_given": "not given",
    # section 6: the reference text of the obligations names the key energy user itself
    "key_user_obligations": "Obligations that apply to the establishment. {text}",
    "key_user_obligations_if": "Obligations only if the threshold is reached. {text}",
    "carrier_na_period": "{name}, {period}: {why}.",
    "baseline_word": "baseline",
    # section 9: economics
    "irr_no_investment": "no IRR: with no investment the cash flows never change sign",
    "irr_no_gain": (
        "no IRR: the net annual saving is not positive, so the cash flows never change sign"
    ),
    "payback_not_defined": "payback not defined",
    # value labels
    "flow_input": "input",
    "flow_product": "product",
    "flow_by_product": "by-product",
    "flow_waste": "waste",
    "flow_emission": "emission",
    "flow_stock_change": "stock change",
    "measurement_metered": "metered",
    "measurement_calculated": "calculated",
    "measurement_estimated": "estimated",
    "cause_input_materials": "input materials",
    "cause_technology": "technology",
    "cause_process_control": "process control",
    "cause_equipment": "equipment",
    "cause_personnel": "personnel",
    "cause_waste_handling": "waste handling",
    "cause_product": "product",
    "aspect_energy": "energy",
    "aspect_water": "water",
    "aspect_waste": "waste",
    "aspect_co2": "CO2",
    "aspect_other": "other",
    "reason_no_norm": "no norm valid for this period and volume",
    "reason_no_inputs": "no inputs",
    "reason_no_energy_use": "no energy or fuel use recorded",
    "reason_unknown_unit": "a unit cpaudit cannot read",
    # errors
    "error_sections": "Unknown report sections: {unknown}. Choose from: {known}.",
    "error_twin_path": (
        "The data file {path} cannot be written beside the report: give the report a .pdf name."
    ),
    "error_not_a_pdf": "{path} would be lost: it is not a PDF. Give the report another name.",
    "error_not_a_twin": (
        "{path} would be lost: the report's data file goes there, and it is not the data file of "
        "an earlier report. Give the report another name."
    ),
    # -- added after the review of the demo report; kept together, one group per finding --
    # the key-energy-user test on the carriers that can be converted (a lower bound)
    "at_least": "≥ {value}",
    "yes_lower_bound": "yes (lower bound)",
    "key_user_lower_bound": (
        "{period}: the carriers that can be converted already total {toe} TOE ≥ {threshold} TOE"
        " a year, so the establishment is a key energy user. The total is a lower bound: it "
        "leaves out {names}, which cannot be converted; give their grade or heating value to "
        "complete it."
    ),
    "key_user_undecided": (
        "{period}: the carriers that can be converted total {toe} TOE, below {threshold} TOE a "
        "year, and {names} cannot be converted, so the test cannot be decided: give their grade "
        "or heating value."
    ),
    "summary_key_user_lower_bound": (
        "yes: at least {toe} TOE ≥ {threshold} TOE a year (a lower bound, leaving out {names})"
    ),
    "summary_key_user_undecided": (
        "not decided: {toe} TOE without {names}, which cannot be converted, below {threshold} "
        "TOE a year"
    ),
    # the grid emission factor: its year against the period assessed
    "grid_year_label": "Year of the factor",
    "grid_year_same": "Factor of {year}, the year the period assessed ends in.",
    "grid_year_latest": (
        "Factor of {year}: the period assessed ends in {period_year}, for which no factor has "
        "been announced yet; {year} is the latest year announced."
    ),
    "grid_year_other": (
        "Factor of {year}; the period assessed ends in {period_year}, for which the announced "
        "factor is that of {announced_year} ({value} t CO2/MWh)."
    ),
    "grid_year_only": "Factor of {year}.",
    "grid_year_unofficial": (
        "Factor of {year}: an unofficial estimate, not a factor announced by the Department of "
        "Climate Change; for the period assessed ({period_year}) the announced factor is that "
        "of {announced_year} ({value} t CO2/MWh)."
    ),
    "grid_year_unofficial_only": (
        "Factor of {year}: an unofficial estimate, not a factor announced by the Department of "
        "Climate Change."
    ),
    # the unit conversions used, with their definitions
    "annex_units": (
        "Unit conversions used (made by pint, cpaudit's unit registry, as each unit is defined):"
    ),
    "col_conversion": "Conversion",
    "unit_toe": "TOE",
    "col_definition": "Definition",
    "unit_conversion": "1 {from_unit} = {factor} {to_unit}",
    "unit_no_definition": "{units}: not in cpaudit's reference data; as pint's registry defines",
    # what each energy conversion actually uses
    "energy_intro_methods": (
        "Plant energy use of the energy and fuel resources on the MOIT basis, the basis of the "
        "key-energy-user test: with the MOIT factors (official letter 3505/BCT-KHCN) where one "
        "applies to the unit, electricity as primary energy (0.0001543 TOE/kWh); a quantity "
        "already in an energy unit by the heat content of the unit, as the notes under the table"
        " say. 1 TOE = {gj_per_toe} GJ."
    ),
    "carrier_by_heat_content": (
        "{name}: in {unit}, a unit of energy, so converted by the heat content of the unit (1 "
        "{unit} = {gj} GJ), not by a MOIT factor: MOIT's factor for it is per {moit_units} and "
        "does not apply to a quantity already in heat units."
    ),
    "carrier_by_heat_content_no_moit": (
        "{name}: in {unit}, a unit of energy, so converted by the heat content of the unit (1 "
        "{unit} = {gj} GJ); MOIT gives no factor for it."
    ),
    "carrier_by_heating_value": (
        "{name}: converted by its measured heating value ({gj} GJ per {unit}), not by a MOIT "
        "factor."
    ),
    "method_heat_content": "MOIT basis, by the heat content of the unit (no MOIT factor)",
    "method_heating_value": "MOIT basis, by the measured heating value (no MOIT factor)",
    "source_heat_content": "heat content of the unit: 1 {unit} = {gj} GJ (unit conversions below)",
    # the period judged against the scheme's horizon
    "horizon_after": (
        "The period assessed ({period}) lies after the scheme's horizon (to {end}); the judgement"
        " is against that horizon's band, as chosen."
    ),
    "horizon_before": (
        "The period assessed ({period}) lies before the scheme's horizon (from {start}); the "
        "judgement is against that horizon's band, as chosen."
    ),
    "horizon_partly_after": (
        "The period assessed ({period}) runs past the end of the scheme's horizon ({end}); the "
        "judgement is against that horizon's band, as chosen."
    ),
    # the date of the signatures, as letters write it
    "letter_date": "{day} {month} {year}",
    "letter_months": (
        "January February March April May June July August September October November December"
    ),
    "sign_place_letter_date": "Place and date: ……………………, {date}",
}

VI: dict[str, str] = {
    "report_title": "Báo cáo đánh giá sản xuất sạch hơn",
    "establishment": "Cơ sở sản xuất",
    "address": "Địa chỉ",
    "sector": "Ngành sản xuất",
    "industry_code": "Mã ngành",
    "employees": "Số lao động",
    "design_capacity": "Công suất thiết kế",
    "history": "Quá trình hình thành",
    "environmental_status": "Hiện trạng môi trường",
    "products": "Sản phẩm",
    "baseline_period": "Kỳ cơ sở",
    "current_period": "Kỳ hiện tại",
    "projection": "Dự tính từ các giải pháp đã thực hiện (với sản lượng kỳ cơ sở)",
    "period_with_dates": "{label} ({start} – {end})",
    "target_scheme": "Mục tiêu so sánh",
    "energy_basis": "Cơ sở quy đổi năng lượng",
    "currency": "Đơn vị tiền tệ",
    "report_date": "Ngày lập báo cáo",
    "prepared_with": "Lập bằng {name} {version}",
    "footer": "trang {page} / {pages}",
    "intensity_intro": (
        "Suất tiêu hao = lượng tài nguyên sử dụng / sản lượng, theo từng sản phẩm. Mức tiết "
        "kiệm = (kỳ cơ sở − {current}) / kỳ cơ sở; mức tiết kiệm âm là tăng tiêu hao. Đánh "
        "giá theo {scheme}."
    ),
    "col_product": "Sản phẩm",
    "col_resource": "Tài nguyên",
    "col_unit": "Đơn vị",
    "col_baseline": "Kỳ cơ sở",
    "col_current": "Hiện tại",
    "col_projected": "Dự tính",
    "col_saving": "Tiết kiệm",
    "col_judgement": "Đánh giá",
    "current_word": "hiện tại",
    "projected_word": "dự tính",
    "no_rows": "Không có sản phẩm nào có số liệu tiêu thụ trong các kỳ này.",
    "increase": "tăng",
    "classes_intro": (
        "Mức tiết kiệm của một nhóm = 1 − Σ lượng sử dụng {current} / Σ (suất tiêu hao kỳ cơ "
        "sở × sản lượng {current}), cộng theo các sản phẩm, trên cơ sở quy đổi nêu trong "
        "bảng. Khoảng mục tiêu: {band}."
    ),
    "col_class": "Nhóm tài nguyên",
    "col_basis": "Cơ sở quy đổi",
    "chart_xlabel": "Mức tiết kiệm trên đơn vị sản phẩm [%]",
    "chart_band": "Khoảng mục tiêu {band}",
    "chart_out_of_scope": "ngoài phạm vi mục tiêu",
    "chart_na": "không xác định",
    "no_classes": "Không có nhóm tài nguyên nào có số liệu để so sánh với mục tiêu.",
    "basis_gj": "GJ ({basis})",
    "basis_money": "tiền ({currency})",
    "sec_energy": "Năng lượng quy đổi TOE và GJ; xác định cơ sở sử dụng năng lượng trọng điểm",
    "col_period": "Kỳ",
    "col_toe": "TOE",
    "col_gj": "GJ",
    "col_key_user": "Cơ sở sử dụng năng lượng trọng điểm (≥ {threshold} TOE/năm)",
    "yes": "có",
    "no": "không",
    "energy_intro": (
        "Năng lượng sử dụng của toàn cơ sở (các tài nguyên năng lượng và nhiên liệu), quy đổi"
        " theo hệ số của Bộ Công Thương (Công văn 3505/BCT-KHCN), là cơ sở để xác định cơ sở "
        "sử dụng năng lượng trọng điểm: điện được tính theo năng lượng sơ cấp (0,0001543 "
        "TOE/kWh). 1 TOE = {gj_per_toe} GJ."
    ),
    "energy_none_included": "không có",
    "energy_excluded": "Không phải là dạng năng lượng nên không cộng vào: {excluded}.",
    "key_user_yes": (
        "{period}: {toe} TOE ≥ {threshold} TOE/năm, nên thuộc diện cơ sở sử dụng năng lượng "
        "trọng điểm."
    ),
    "key_user_no": (
        "{period}: {toe} TOE < {threshold} TOE/năm, nên không thuộc diện cơ sở sử dụng năng "
        "lượng trọng điểm."
    ),
    "key_user_na": "{period}: tổng năng lượng không xác định ({reason}), không thể xét.",
    "key_user_source": "Nguồn: {source}",
    "period_not_a_year": (
        "Kỳ dài {days} ngày, không phải một năm: tổng năng lượng không được quy ra năm, trong"
        " khi ngưỡng áp dụng cho lượng sử dụng hằng năm."
    ),
    "sec_options": "Các giải pháp SXSH",
    "col_code": "Mã",
    "col_title": "Giải pháp",
    "col_technique": "Kỹ thuật SXSH",
    "col_screening": "Sàng lọc",
    "col_status": "Trạng thái",
    "col_investment": "Vốn đầu tư ({currency})",
    "col_net_saving": "Tiết kiệm ròng hằng năm ({currency})",
    "col_payback": "Thời gian hoàn vốn (năm)",
    "col_payback_group": "Nhóm hoàn vốn",
    "col_npv": "NPV ({currency})",
    "col_irr": "IRR",
    "col_quantity": "Lượng mỗi năm",
    "col_money": "Số tiền mỗi năm ({currency})",
    "rejected_because": "loại bỏ: {reason}",
    "option_reference": "tham chiếu {reference}",
    "no_options": "Dự án chưa có giải pháp SXSH nào.",
    "no_resource_savings": "Không giải pháp nào nêu lượng tài nguyên tiết kiệm.",
    "implemented_total": "Tổng các giải pháp đã thực hiện",
    "economics_note": (
        "Thời gian hoàn vốn giản đơn = vốn đầu tư / tiết kiệm ròng hằng năm. NPV = −vốn đầu "
        "tư + Σ tiết kiệm / (1 + r)^t với t = 1 … n; vốn đầu tư bỏ ra lúc đầu, không chiết "
        "khấu. Mặc định tuổi thọ {lifetime} năm, tỷ suất chiết khấu {rate}, trừ khi giải pháp"
        " nêu khác."
    ),
    "assumptions": "Giả định: {note}",
    "payback_groups": (
        "Số giải pháp, vốn đầu tư và tiết kiệm ròng hằng năm theo nhóm thời gian hoàn vốn"
    ),
    "sub_sensitivity": "Phân tích độ nhạy về kinh tế (vốn đầu tư và tiết kiệm ±{step})",
    "sensitivity_intro": (
        "Thời gian hoàn vốn và NPV của từng giải pháp khi vốn đầu tư và tiết kiệm ròng hằng năm"
        " thấp hơn {step}, bằng giá trị đã nhập (0 %) và cao hơn {step}; số in đậm là giải pháp"
        " theo giá trị đã nhập. IRR của từng trường hợp có trong tệp dữ liệu."
    ),
    "col_investment_change": "Thay đổi vốn đầu tư",
    "sens_payback_group": "Thời gian hoàn vốn (năm) khi tiết kiệm hằng năm thay đổi",
    "sens_npv_group": "NPV ({currency}) khi tiết kiệm hằng năm thay đổi",
    "sensitivity_not_defined": "{code}: không tính được vì tiết kiệm ròng hằng năm {why}.",
    "col_count": "Số giải pháp",
    "sub_notes": "Ghi chú về chất lượng số liệu:",
    "cover_notes": "Toàn văn các mục quá dài so với trang bìa:",
    "unit_piece": "cái",
    "unit_bottle": "chai",
    "unit_can_unit": "lon",
    "scheme_label": "Mục tiêu",
    "scheme_instrument": "Văn bản",
    "scheme_band": "Khoảng mục tiêu",
    "scheme_scope": "Nhóm tài nguyên áp dụng",
    "scheme_valid": "Hiệu lực",
    "scheme_source": "Nguồn",
    "valid_range": "{start} – {end}",
    "valid_until": "đến {end}",
    "col_factor_gj": "GJ/đơn vị",
    "col_factor_toe": "TOE/đơn vị",
    "col_source": "Nguồn",
    "no_conversions": "Không sử dụng tài nguyên năng lượng hay nhiên liệu nào.",
    "no_sources": "Dự án không nêu nguồn số liệu.",
    "no_notes": "Không có ghi chú.",
    "not_available": "không xác định",
    "not_available_reason": "không xác định ({reason})",
    "judgement_below": "dưới mục tiêu",
    "judgement_within": "trong mục tiêu",
    "judgement_beyond": "vượt mục tiêu",
    "judgement_out_of_scope": "ngoài phạm vi mục tiêu",
    "judgement_not_defined": "không xác định",
    "judgement_and_reason": "{judgement}; {reason}",
    "class_energy": "Năng lượng",
    "class_fuel": "Nhiên liệu",
    "class_material": "Nguyên vật liệu",
    "class_water": "Nước",
    "class_other": "Khác",
    "basis_moit": "hệ số Bộ Công Thương",
    "basis_final": "năng lượng cuối cùng",
    "technique_good_housekeeping": "quản lý nội vi",
    "technique_input_material_change": "thay đổi nguyên liệu đầu vào",
    "technique_process_control": "kiểm soát quá trình tốt hơn",
    "technique_equipment_modification": "cải tiến thiết bị",
    "technique_technology_change": "thay đổi công nghệ",
    "technique_onsite_recovery": "thu hồi và tái sử dụng tại chỗ",
    "technique_by_products": "sản xuất sản phẩm phụ hữu ích",
    "technique_product_modification": "cải tiến sản phẩm",
    "screening_implement_now": "thực hiện ngay",
    "screening_study_further": "cần nghiên cứu thêm",
    "screening_rejected": "loại bỏ",
    "status_proposed": "đề xuất",
    "status_planned": "dự kiến thực hiện",
    "status_implemented": "đã thực hiện",
    "status_not_implemented": "chưa thực hiện",
    "payback_under_1": "< 1 năm",
    "payback_1_to_2": "1–2 năm",
    "payback_2_to_3": "2–3 năm",
    "payback_over_3": "> 3 năm",
    "reason_zero_baseline": "kỳ cơ sở bằng 0",
    "reason_no_production": "không có sản lượng",
    "reason_no_baseline_data": "không có số liệu kỳ cơ sở",
    "reason_no_current_data": "không có số liệu kỳ hiện tại",
    "reason_no_allocation": "lượng dùng chung chưa phân bổ cho sản phẩm",
    "reason_no_conversion": "không có hệ số quy đổi",
    "reason_savings_exceed_use": "lượng tiết kiệm lớn hơn lượng sử dụng",
    "reason_no_money_saving": "lượng tiết kiệm chưa có giá trị tiền hay đơn giá",
    "reason_never_pays_back": "không hoàn vốn",
    "reason_no_irr": "không có IRR",
    "reason_with_detail": "{reason}: {detail}",
    "reason_no_energy_data": "không có số liệu sử dụng năng lượng hay nhiên liệu",
    "unit_kW_month": "kW-tháng",
    "unit_m3": "m³",
    "unit_short_ton": "tấn Mỹ (short ton)",
    "unit_kgal": "1000 gal",
    "unit_iac_w0_unit": "đơn vị W0 của IAC",
    "unit_note_iac_w0_unit": "đơn vị không xác định",
    "unit_with_note": "{unit} ({note})",
    "source_heat content of the unit": "nhiệt lượng theo chính đơn vị đo",
    "source_measured heating value": "nhiệt trị đo được",
    "source_3.6 MJ/kWh (final energy)": "3,6 MJ/kWh (năng lượng cuối cùng)",
    "source_MOIT official letter 3505/BCT-KHCN (19 Apr 2011)": (
        "Công văn 3505/BCT-KHCN của Bộ Công Thương (19/04/2011)"
    ),
    "month_names": "1 2 3 4 5 6 7 8 9 10 11 12",
    "date": "{day:02d}/{month_number:02d}/{year}",
    "error_no_folder": "Thư mục {folder} không tồn tại: hãy chọn thư mục khác.",
    "error_is_folder": "{path} là một thư mục: hãy đặt tên tệp cho báo cáo.",
    "error_not_writable": "Không ghi được vào thư mục {folder}: {why}. Hãy chọn thư mục khác.",
    "error_replace": (
        "Không thay được tệp {path}: {why}. Hãy đóng tệp nếu chương trình khác đang mở, hoặc "
        "chọn tên khác."
    ),
    "error_write": "Ghi báo cáo không thành công: {why}.",
    "error_scheme": "Không có mục tiêu {scheme}: hãy chọn một trong {known}.",
    "error_data": "Không tính được số liệu của dự án: {why}.",
    "progress_assess": "Đang tính toán",
    "progress_chart": "Đang vẽ biểu đồ",
    "progress_layout": "Đang dàn trang",
    "progress_pages": "Đang ghi các trang",
    "progress_done": "Đã ghi báo cáo",
    # cover and page furniture
    "prepared_by": "Đơn vị lập báo cáo",
    "report_version": "Phiên bản",
    "data_file": "Tệp dữ liệu (JSON)",
    "data_schema": "Lược đồ dữ liệu",
    "illustrative_note": "Lưu ý về số liệu: {note}",
    "footer_fingerprint": "SHA-256 dữ liệu JSON:",
    "contents": "Mục lục",
    "note_word": "ghi chú",
    "notes_title": "Ghi chú của bảng (toàn văn các nội dung quá dài so với ô):",
    "not_recorded": "chưa ghi nhận",
    "not_recorded_text": "Chưa ghi nhận.",
    "total": "Tổng",
    "plant_level": "toàn cơ sở",
    "dash_note": "–: chưa ghi nhận.",
    # 1 executive summary
    "sec_summary": "Tóm tắt",
    "summary_intro": (
        "Đánh giá sản xuất sạch hơn tại {name}. Kỳ cơ sở: {baseline}. So sánh với: {current}."
        " Mức tiết kiệm trên đơn vị sản phẩm được đánh giá theo {scheme}."
    ),
    "summary_figures": "Các số liệu chính",
    "summary_options": "Số giải pháp SXSH đã đề xuất",
    "summary_implemented": "Giải pháp đã thực hiện",
    "summary_planned": "Giải pháp dự kiến thực hiện",
    "summary_group": (
        "{count}; vốn đầu tư {investment} {currency}; tiết kiệm ròng {saving} {currency}/năm"
    ),
    "summary_payback": "Thời gian hoàn vốn của các giải pháp đã thực hiện (năm)",
    "summary_money": "Số tiền tiết kiệm hằng năm (giải pháp đã thực hiện)",
    "summary_co2": "Lượng CO2 giảm hằng năm (giải pháp đã thực hiện)",
    "co2_amount": "{amount} tấn CO2 (hóa thạch)",
    "summary_key_user": "Cơ sở sử dụng năng lượng trọng điểm (kỳ cơ sở)",
    "summary_key_user_yes": "có: {toe} TOE ≥ {threshold} TOE/năm",
    "summary_key_user_no": "không: {toe} TOE < {threshold} TOE/năm",
    "summary_projection_note": (
        "Hiện trạng được dự tính từ các giải pháp đã thực hiện, với sản lượng kỳ cơ sở; đây "
        "không phải là kỳ có số liệu đo."
    ),
    # 2 the establishment
    "sec_establishment": "Giới thiệu cơ sở sản xuất",
    "sub_products": "Sản phẩm và công suất thiết kế",
    "col_production_unit": "Đơn vị ghi sản lượng",
    "col_report_unit": "Tính suất tiêu hao theo",
    "no_products": "Dự án chưa có sản phẩm nào.",
    # 3 team and schedule
    "sec_team": "Nhóm SXSH và tiến độ",
    "sub_team": "Nhóm SXSH",
    "col_name": "Họ và tên",
    "col_position": "Chức vụ",
    "col_role": "Nhiệm vụ trong nhóm",
    "col_why_chosen": "Lý do lựa chọn",
    "no_team": "Chưa ghi nhận thành viên nào của nhóm.",
    "sub_commitment": "Cam kết của lãnh đạo",
    "commitment_by": "Người cam kết",
    "commitment_date": "Ngày",
    "commitment_statement": "Nội dung cam kết",
    "no_commitment": "Chưa ghi nhận cam kết của lãnh đạo.",
    "sub_schedule": "Tiến độ",
    "balance_period": "Thời gian lập cân bằng",
    "implementation_window": "Thời gian thực hiện các giải pháp",
    "tasks_intro": "Tiến độ 6 bước và 18 nhiệm vụ của đánh giá SXSH (phương pháp của UNIDO/UNEP):",
    "col_step": "Bước",
    "col_task": "Nhiệm vụ",
    "col_state": "Tình trạng",
    "col_missing": "Còn thiếu",
    "state_empty": "chưa bắt đầu",
    "state_started": "đang thực hiện",
    "state_done": "hoàn thành",
    "step_1": "1. Khởi động",
    "step_2": "2. Phân tích các công đoạn sản xuất",
    "step_3": "3. Phát triển các cơ hội SXSH",
    "step_4": "4. Lựa chọn các giải pháp SXSH",
    "step_5": "5. Thực hiện các giải pháp SXSH",
    "step_6": "6. Duy trì SXSH",
    "task_1": "NV1 Thành lập nhóm SXSH",
    "task_2": "NV2 Liệt kê các bước công nghệ và xác định lại định mức",
    "task_3": "NV3 Xác định và lựa chọn công đoạn gây lãng phí nhất",
    "task_4": "NV4 Xây dựng sơ đồ công nghệ cho phần trọng tâm kiểm toán",
    "task_5": "NV5 Cân bằng vật liệu/năng lượng",
    "task_6": "NV6 Xác định chi phí cho dòng thải",
    "task_7": "NV7 Phân tích nguyên nhân",
    "task_8": "NV8 Xây dựng các cơ hội SXSH",
    "task_9": "NV9 Lựa chọn các cơ hội khả thi nhất",
    "task_10": "NV10 Phân tích tính khả thi về kỹ thuật",
    "task_11": "NV11 Phân tích tính khả thi về kinh tế",
    "task_12": "NV12 Đánh giá tính khả thi về môi trường",
    "task_13": "NV13 Lựa chọn các giải pháp để thực hiện",
    "task_14": "NV14 Chuẩn bị thực hiện",
    "task_15": "NV15 Thực hiện các giải pháp",
    "task_16": "NV16 Giám sát và đánh giá kết quả",
    "task_17": "NV17 Duy trì các giải pháp SXSH",
    "task_18": "NV18 Lựa chọn trọng tâm đánh giá mới",
    "missing_team_members": "ít nhất hai thành viên",
    "missing_member_roles": "nhiệm vụ của từng thành viên",
    "missing_management_commitment": "cam kết của lãnh đạo",
    "missing_process_steps": "các công đoạn sản xuất",
    "missing_step_inputs_outputs": "đầu vào, đầu ra của từng công đoạn",
    "missing_focus_scores": "điểm đánh giá để chọn trọng tâm",
    "missing_focus_choice": "lựa chọn trọng tâm",
    "missing_unit_operations": "các công đoạn chi tiết",
    "missing_flows_between_operations": "dòng giữa các công đoạn chi tiết",
    "missing_balance_flows": "các dòng vào, ra của cân bằng",
    "missing_balance_of_every_operation": "cân bằng của từng công đoạn chi tiết",
    "missing_waste_streams": "các dòng thải",
    "missing_waste_costs": "chi phí của các dòng thải",
    "missing_causes_of_every_waste_stream": "nguyên nhân của từng dòng thải",
    "missing_options": "các giải pháp SXSH",
    "missing_rejection_reasons": "lý do loại bỏ giải pháp",
    "missing_technical_checks": "đánh giá kỹ thuật của từng giải pháp",
    "missing_option_savings": "lượng tiết kiệm của từng giải pháp",
    "missing_grid_emission_factor": "hệ số phát thải lưới điện",
    "missing_environmental_effects": "tác động môi trường",
    "missing_selected_options": "các giải pháp được chọn",
    "missing_implementation_plan": "người phụ trách và ngày bắt đầu của từng giải pháp được chọn",
    "missing_options_implemented": "thực hiện mọi giải pháp được chọn",
    "missing_measured_current_period": "kỳ hiện tại có số liệu đo",
    "missing_verified_savings": "lượng tiết kiệm đã kiểm chứng",
    "missing_sustain_actions": "hành động duy trì SXSH",
    "missing_next_focus": "trọng tâm đánh giá tiếp theo",
    # 4 process, production, inputs, focus
    "sec_process": "Quy trình sản xuất, sản lượng, đầu vào chính và trọng tâm đánh giá",
    "sub_steps": "Các công đoạn sản xuất",
    "col_step_name": "Công đoạn",
    "col_description": "Mô tả",
    "no_steps": "Chưa ghi nhận công đoạn sản xuất nào.",
    "sub_step_flows": "Đầu vào, đầu ra trên đơn vị sản phẩm và định mức tiêu hao",
    "col_kind": "Loại",
    "col_flow": "Dòng",
    "col_per_unit": "Thực tế/đơn vị",
    "col_norm": "Định mức/đơn vị",
    "norm_note": "Định mức: định mức tiêu hao của chính cơ sở, nếu có (–: không có).",
    "no_step_flows": "Chưa ghi nhận đầu vào, đầu ra của các công đoạn.",
    "sub_production": "Sản lượng",
    "sub_inputs": "Đầu vào chính (toàn cơ sở)",
    "col_baseline_cost": "Chi phí kỳ cơ sở ({currency})",
    "no_inputs": "Chưa ghi nhận số liệu tiêu thụ.",
    "sub_focus": "Trọng tâm đánh giá và lý do lựa chọn",
    "focus_intro": (
        "Mỗi công đoạn được chấm điểm theo từng tiêu chí (trọng số trong ngoặc); tổng có "
        "trọng số xếp hạng các công đoạn, lãng phí nhất đứng đầu."
    ),
    "col_rank": "Hạng",
    "col_weighted_score": "Tổng điểm có trọng số",
    "criteria_key": "Tiêu chí: {criteria}.",
    "focus_chosen": "Trọng tâm đánh giá: {step}.",
    "focus_reason": "Lý do: {reason}",
    "no_focus": "Chưa lựa chọn trọng tâm đánh giá.",
    # 5 consumption and specific consumption
    "sec_consumption": "Tiêu thụ và suất tiêu hao theo sản phẩm",
    "sub_quantities": "Lượng tiêu thụ theo sản phẩm, kỳ cơ sở và hiện tại",
    "col_avoided": "Lượng tránh được",
    "avoided_note": (
        "Lượng tránh được = suất tiêu hao kỳ cơ sở × sản lượng {current} − lượng sử dụng {current}."
    ),
    "sub_intensity": "Suất tiêu hao và mức tiết kiệm",
    "sub_classes": "Mức tiết kiệm theo nhóm tài nguyên so với mục tiêu",
    "sub_norm": "So sánh với định mức ngành của Bộ Công Thương",
    "norm_not_applicable_sector": (
        "Không có định mức năng lượng ngành nào của Bộ Công Thương trong dữ liệu tham chiếu "
        "của cpaudit áp dụng cho cơ sở: ngành sản xuất không phải là bia. (cpaudit có định "
        "mức cho bia của Thông tư 19/2016/TT-BCT; định mức của các ngành khác chưa có trong "
        "dữ liệu tham chiếu.)"
    ),
    "norm_not_applicable_unit": (
        "Ngành sản xuất là bia nhưng không có sản phẩm nào tính theo đơn vị quy đổi được ra "
        "hectolit, nên không so sánh được với định mức (MJ/hl) của Thông tư 19/2016/TT-BCT."
    ),
    "norm_intro": (
        "Định mức cho bia của Thông tư 19/2016/TT-BCT: mức trần phụ thuộc sản lượng năm, ở "
        "đây là {volume} triệu lít/năm (mọi sản phẩm tính theo hectolit, kỳ cơ sở, quy ra "
        "năm)."
    ),
    "col_production_hl": "Sản lượng (hl)",
    "col_sec": "Suất tiêu hao năng lượng (MJ/hl)",
    "col_norm_mj": "Định mức (MJ/hl)",
    "col_capacity_band": "Quy mô công suất",
    "col_verdict": "Kết quả",
    "norm_meets": "đạt định mức",
    "norm_fails": "không đạt định mức",
    "norm_basis": (
        "Suất tiêu hao năng lượng tính theo năng lượng cuối cùng như thông tư: điện 3,6 "
        "MJ/kWh, nhiên liệu theo nhiệt trị."
    ),
    # 6 energy
    "sub_carriers": "Các dạng năng lượng",
    "col_quantity_plain": "Lượng",
    "col_gj_final": "GJ (năng lượng cuối cùng)",
    "sub_key_user": "Cơ sở sử dụng năng lượng trọng điểm (≥ {threshold} TOE/năm)",
    "energy_basis_note": (
        "Hệ số của Bộ Công Thương tính điện theo năng lượng sơ cấp (khoảng 6,46 MJ/kWh); các "
        "thông tư định mức ngành tính điện 3,6 MJ/kWh (năng lượng cuối cùng), ở cột cuối của "
        "bảng các dạng năng lượng. Mỗi số tổng đều nêu cơ sở quy đổi đã dùng."
    ),
    # 7 balance
    "sec_balance": "Cân bằng vật liệu và năng lượng của trọng tâm đánh giá",
    "balance_intro": (
        "Thời gian lập cân bằng: {period}. Trọng tâm: {focus}. Đầu vào = sản phẩm + sản phẩm "
        "phụ + chất thải + phát thải + thay đổi tồn kho; khối lượng cộng theo kg, năng lượng "
        "theo GJ."
    ),
    "no_operations": "Chưa ghi nhận công đoạn chi tiết nào của trọng tâm đánh giá.",
    "sub_operation": "{name}",
    "no_flows": "Chưa ghi nhận dòng nào của công đoạn này.",
    "col_measurement": "Số liệu",
    "col_to_operation": "Đi đến",
    "col_inputs": "Đầu vào",
    "col_outputs": "Đầu ra",
    "col_stock_change": "Thay đổi tồn kho",
    "col_closure": "Sai số cân bằng",
    "col_metered": "Tỷ lệ đo đếm",
    "balance_unit_problem": "Không lập được cân bằng: {why}.",
    "sankey_caption": (
        "Biểu đồ Sankey của cân bằng, đơn vị {unit}; các mũi tên đánh số như các dòng trong "
        "bảng ở mục {section}."
    ),
    "sankey_unaccounted": "không xác định được (sai số cân bằng)",
    "sankey_excess": "đầu ra vượt đầu vào (sai số cân bằng)",
    "sankey_other": "các dòng khác",
    "sankey_not_drawn": "Không vẽ biểu đồ Sankey: cân bằng không có đầu vào hoặc đầu ra để vẽ.",
    "sankey_limit": (
        "Biểu đồ Sankey được vẽ cho {count} cân bằng đầu tiên; các cân bằng khác có trong bảng."
    ),
    "closure_note": (
        "Sai số cân bằng = (Σ đầu vào − Σ đầu ra − thay đổi tồn kho) / Σ đầu vào. Sai số vài "
        "phần trăm là bình thường; sai số lớn hơn cần đo đếm tốt hơn, không điều chỉnh số "
        "liệu. Tỷ lệ đo đếm: phần các dòng (theo lượng) được đo bằng thiết bị, không phải "
        "tính toán hay ước tính."
    ),
    # 8 waste
    "sec_waste": "Dòng thải, chi phí và nguyên nhân",
    "sub_streams": "Các dòng thải và chi phí",
    "col_waste_stream": "Dòng thải",
    "col_operation": "Công đoạn",
    "col_quantity_year": "Lượng mỗi năm",
    "col_cost_per_unit": "Chi phí/đơn vị ({currency})",
    "col_cost_year": "Chi phí mỗi năm ({currency})",
    "waste_cost_note": (
        "Chi phí/đơn vị = giá mua + chi phí chế biến + chi phí xử lý của phần bị mất."
    ),
    "no_waste": "Chưa ghi nhận dòng thải nào.",
    "sub_causes": "Nguyên nhân phát sinh chất thải",
    "col_category": "Nhóm nguyên nhân",
    "no_causes": "Chưa ghi nhận nguyên nhân nào.",
    # 9 options
    "sub_by_bin": "Giải pháp theo kết quả sàng lọc",
    "bins_intro": "Sàng lọc: {counts}.",
    "sub_by_technique": "Giải pháp theo kỹ thuật SXSH",
    "col_co2": "CO2 giảm (tấn/năm)",
    "sub_economics": "Tính khả thi về kinh tế",
    "sub_option_savings": "Tài nguyên tiết kiệm hằng năm",
    "sub_environment": "Tác động môi trường",
    "co2_intro": (
        "Lượng CO2 giảm hằng năm nhờ tài nguyên tiết kiệm của từng giải pháp: điện theo hệ số"
        " phát thải lưới điện, nhiên liệu theo hệ số mặc định IPCC 2006; CO2 từ sinh khối "
        "tính riêng. Số âm là tăng phát thải."
    ),
    "co2_grid": "Hệ số phát thải lưới điện {factor} tấn CO2/MWh; nguồn: {source}",
    "co2_no_grid": "Chưa nêu hệ số phát thải lưới điện: lượng điện tiết kiệm không được tính CO2.",
    "col_co2_fossil": "CO2 hóa thạch (tấn/năm)",
    "col_co2_biogenic": "CO2 sinh khối (tấn/năm)",
    "col_not_counted": "Không tính (không có hệ số)",
    "co2_not_counted_note": (
        "Không tính: lượng tiết kiệm của các tài nguyên không có hệ số phát thải (hơi nước "
        "hoặc nhiệt mua ngoài không rõ nguồn, công suất điện, nước, nguyên vật liệu, nhiên "
        "liệu không có trong IPCC); phần CO2 này được bỏ qua, không ước đoán."
    ),
    "effects_intro": "Các tác động môi trường khác:",
    "col_aspect": "Khía cạnh",
    "sub_technical": "Tính khả thi về kỹ thuật",
    "col_question": "Nội dung xem xét",
    "col_answer": "Kết quả",
    "col_note": "Ghi chú",
    "not_answered": "chưa trả lời",
    "no_technical_checks": "Chưa ghi nhận đánh giá kỹ thuật nào.",
    "sub_selected": "Các giải pháp được chọn để thực hiện",
    "selected_intro": "Theo thứ tự ưu tiên:",
    "col_priority": "Thứ tự",
    "no_selected": "Chưa chọn giải pháp nào.",
    # 10 implementation
    "sec_implementation": "Kế hoạch thực hiện, tình trạng và kết quả giám sát",
    "sub_plan": "Kế hoạch và tình trạng thực hiện",
    "col_owner": "Người phụ trách",
    "col_budget": "Kinh phí ({currency})",
    "col_start": "Bắt đầu",
    "col_finish": "Kết thúc",
    "col_actual_cost": "Chi phí thực tế ({currency})",
    "no_plans": "Chưa ghi nhận kế hoạch thực hiện.",
    "sub_monitoring": "Kết quả giám sát",
    "col_verified": "Lượng tiết kiệm kiểm chứng/năm",
    "col_expected": "Lượng tiết kiệm dự kiến/năm",
    "col_method": "Cách kiểm chứng",
    "no_verified": "Chưa có lượng tiết kiệm nào được kiểm chứng bằng đo đạc.",
    "monitoring_projection": (
        "Số liệu hiện tại trong báo cáo này được dự tính từ các giải pháp đã thực hiện; cần "
        "có kỳ báo cáo có số liệu đo để khẳng định."
    ),
    "sub_sustain": "Duy trì SXSH",
    "col_action": "Hành động",
    "col_due": "Thời hạn",
    "no_sustain": "Chưa ghi nhận hành động duy trì SXSH.",
    "sub_next_focus": "Trọng tâm đánh giá tiếp theo",
    # 11 annex
    "sec_annex": "Phụ lục",
    "sub_data": "Các bảng số liệu",
    "annex_resources": "Tài nguyên:",
    "annex_production": "Số liệu sản lượng:",
    "annex_consumption": "Số liệu tiêu thụ:",
    "annex_allocations": "Tỷ lệ phân bổ lượng dùng chung cho các sản phẩm:",
    "col_carrier": "Dạng năng lượng",
    "col_price": "Đơn giá ({currency})",
    "col_cost": "Chi phí ({currency})",
    "col_share": "Tỷ lệ",
    "no_records": "Không có số liệu.",
    "sub_factors": "Hệ số và định mức đã dùng, kèm nguồn",
    "annex_scheme": "Mục tiêu so sánh:",
    "annex_conversions": "Hệ số quy đổi năng lượng đã dùng:",
    "gj_per_toe": "1 TOE = {value} GJ.",
    "annex_toe_rows": "Hệ số TOE của Bộ Công Thương cho các dạng năng lượng đã dùng:",
    "col_valid": "Hiệu lực",
    "annex_key_user": "Ngưỡng cơ sở sử dụng năng lượng trọng điểm:",
    "threshold": "Ngưỡng",
    "toe_per_year": "{toe} TOE/năm (cơ sở sản xuất công nghiệp)",
    "annex_grid": "Hệ số phát thải lưới điện:",
    "grid_factor": "Hệ số",
    "grid_value": "{value} tấn CO2/MWh",
    "annex_ipcc": "Hệ số nhiên liệu IPCC 2006 đã dùng:",
    "col_fuel": "Nhiên liệu",
    "col_ncv": "NCV (TJ/Gg)",
    "col_co2_factor": "CO2 (kg/TJ)",
    "col_biogenic": "Sinh khối",
    "annex_norms": "Định mức năng lượng ngành đã dùng:",
    "col_segment": "Phân ngành",
    "no_norms_used": "Không dùng định mức ngành nào (định mức hiện có: {file}).",
    "valid_open": "không nêu thời hạn",
    "valid_from": "từ {start}",
    "sub_formulas": "Công thức tính",
    "formula_intensity": (
        "Suất tiêu hao I = Q / P: lượng tài nguyên sử dụng chia cho sản lượng, theo từng sản "
        "phẩm và kỳ."
    ),
    "formula_saving": (
        "Mức tiết kiệm s = (I_b − I_c) / I_b; không xác định khi I_b bằng 0 hoặc thiếu; mức "
        "tiết kiệm âm là tăng tiêu hao."
    ),
    "formula_avoided": "Lượng tránh được ở sản lượng hiện tại = I_b × P_c − Q_c.",
    "formula_class": (
        "Mức tiết kiệm của nhóm tài nguyên = 1 − Σ Q_c / Σ (I_b × P_c) theo các sản phẩm; "
        "năng lượng quy về GJ, nguyên vật liệu khác loại quy về chi phí. Trong mục tiêu khi "
        "mức tiết kiệm nằm trong khoảng, kể cả hai đầu mút."
    ),
    "formula_toe": "Năng lượng [TOE] = lượng × hệ số của Bộ Công Thương; GJ = TOE × 41,868.",
    "formula_closure": "Sai số cân bằng = (Σ đầu vào − Σ đầu ra − thay đổi tồn kho) / Σ đầu vào.",
    "formula_waste": (
        "Chi phí dòng thải mỗi năm = lượng × (giá mua + chi phí chế biến + chi phí xử lý trên"
        " đơn vị)."
    ),
    "formula_payback": (
        "Thời gian hoàn vốn giản đơn = vốn đầu tư / tiết kiệm ròng hằng năm; các nhóm < 1, "
        "1–2, 2–3 và > 3 năm, tính cả đầu mút dưới."
    ),
    "formula_npv": (
        "NPV = −I₀ + Σ CF / (1 + r)^t với t = 1 … n: vốn đầu tư bỏ ra lúc đầu, không chiết khấu."
    ),
    "formula_irr": "IRR: tỷ suất tại đó NPV = 0; không nêu khi không tồn tại tỷ suất đó.",
    "formula_sensitivity": (
        "Độ nhạy: tính lại thời gian hoàn vốn, NPV và IRR với vốn đầu tư và tiết kiệm ròng hằng"
        " năm lần lượt nhân với 0,8, 1 và 1,2 (chín trường hợp cho mỗi giải pháp)."
    ),
    "formula_co2": (
        "CO2 = MWh × hệ số phát thải lưới điện đối với điện; TJ × hệ số CO2 mặc định IPCC "
        "2006 đối với nhiên liệu; CO2 từ sinh khối tính riêng."
    ),
    "formula_sec": (
        "Định mức ngành: suất tiêu hao năng lượng = Σ năng lượng cuối cùng [MJ] / sản lượng "
        "[hl], so với mức trần MJ/hl có hiệu lực vào cuối kỳ."
    ),
    "sub_sources": "Nguồn số liệu và ghi chú",
    "sub_fingerprint": "Tệp dữ liệu và mã kiểm tra",
    "fingerprint_intro": (
        "Các số liệu của báo cáo này có trong tệp {file}, một tài liệu JSON theo lược đồ được"
        " công bố nêu dưới đây. Mã SHA-256 của tệp được in ở chân mỗi trang."
    ),
    "fingerprint_check": (
        "Để kiểm tra tệp và báo cáo khớp nhau, tính mã SHA-256 của tệp (ví dụ bằng sha256sum,"
        " hoặc certutil -hashfile trên Windows) và so với mã ở chân trang."
    ),
    "sub_signatures": "Xác nhận",
    "sign_prepared": "Đơn vị lập báo cáo",
    "sign_establishment": "Đại diện cơ sở sản xuất",
    "sign_line": "(ký, ghi rõ họ tên, đóng dấu)",
    # section 7: the balance's closure where a flow is calculated
    "flow_number_one": "Dòng {number}",
    "flow_numbers_many": "Các dòng {numbers}",
    "closure_constructed": (
        "{flows} được ghi là tính toán: cân bằng {unit} khép kín do cách tính (một dòng được "
        "tính bằng phần còn lại của các dòng khác), nên sai số cân bằng {closure} không kiểm "
        "chứng được số liệu đo; chỉ cân bằng gồm các số liệu đo đếm hoặc ước tính mới kiểm "
        "chứng được số liệu."
    ),
    "closure_calculated": (
        "{flows} được ghi là tính toán, không phải đo: sai số cân bằng {unit} {closure} chỉ "
        "kiểm chứng được số liệu đo trong chừng mực số liệu tính toán đó không được suy ra từ "
        "các dòng khác."
    ),
    # lists in a sentence
    "and_last": "{others} và {last}",
    "more_items": "{count} mục khác",
    # section 1: the CO2 the summary leaves out
    "co2_without": "{amount}, chưa tính phần tiết kiệm không có hệ số phát thải: {savings}",
    "saving_of": "{quantity} {name}",
    # section 2: the establishment
    "not_given": "chưa nêu",
    # section 6: the reference text of the obligations names the key energy user itself
    "key_user_obligations": "Nghĩa vụ áp dụng cho cơ sở. {text}",
    "key_user_obligations_if": "Nghĩa vụ chỉ áp dụng khi đạt ngưỡng. {text}",
    "carrier_na_period": "{name}, {period}: {why}.",
    "baseline_word": "kỳ cơ sở",
    # section 9: economics
    "irr_no_investment": "không có IRR: không có vốn đầu tư nên dòng tiền không đổi dấu",
    "irr_no_gain": "không có IRR: tiết kiệm ròng hằng năm không dương nên dòng tiền không đổi dấu",
    "payback_not_defined": "không xác định thời gian hoàn vốn",
    # value labels
    "flow_input": "đầu vào",
    "flow_product": "sản phẩm",
    "flow_by_product": "sản phẩm phụ",
    "flow_waste": "chất thải",
    "flow_emission": "phát thải",
    "flow_stock_change": "thay đổi tồn kho",
    "measurement_metered": "đo đếm",
    "measurement_calculated": "tính toán",
    "measurement_estimated": "ước tính",
    "cause_input_materials": "nguyên liệu đầu vào",
    "cause_technology": "công nghệ",
    "cause_process_control": "kiểm soát quá trình",
    "cause_equipment": "thiết bị",
    "cause_personnel": "nhân lực",
    "cause_waste_handling": "quản lý chất thải",
    "cause_product": "sản phẩm",
    "aspect_energy": "năng lượng",
    "aspect_water": "nước",
    "aspect_waste": "chất thải",
    "aspect_co2": "CO2",
    "aspect_other": "khác",
    "reason_no_norm": "không có định mức áp dụng cho kỳ và sản lượng này",
    "reason_no_inputs": "không có đầu vào",
    "reason_no_energy_use": "không có số liệu sử dụng năng lượng hay nhiên liệu",
    "reason_unknown_unit": "đơn vị cpaudit không đọc được",
    # errors
    "error_sections": "Không có phần báo cáo: {unknown}. Hãy chọn trong: {known}.",
    "error_twin_path": (
        "Không ghi được tệp dữ liệu {path} bên cạnh báo cáo: hãy đặt tên báo cáo có đuôi .pdf."
    ),
    "error_not_a_pdf": "{path} sẽ bị mất: đây không phải tệp PDF. Hãy đặt tên khác cho báo cáo.",
    "error_not_a_twin": (
        "{path} sẽ bị mất: tệp dữ liệu của báo cáo được ghi vào đó, mà đây không phải tệp dữ liệu "
        "của một báo cáo trước. Hãy đặt tên khác cho báo cáo."
    ),
    # -- added after the review of the demo report; kept together, one group per finding --
    # the key-energy-user test on the carriers that can be converted (a lower bound)
    "at_least": "≥ {value}",
    "yes_lower_bound": "có (giá trị tối thiểu)",
    "key_user_lower_bound": (
        "{period}: riêng các dạng năng lượng quy đổi được đã là {toe} TOE ≥ {threshold} TOE/năm,"
        " nên thuộc diện cơ sở sử dụng năng lượng trọng điểm. Tổng này là giá trị tối thiểu: "
        "chưa tính {names} vì không quy đổi được; cần bổ sung loại than hoặc nhiệt trị của "
        "chúng để có tổng đầy đủ."
    ),
    "key_user_undecided": (
        "{period}: các dạng năng lượng quy đổi được là {toe} TOE, dưới {threshold} TOE/năm, còn"
        " {names} không quy đổi được, nên chưa xác định được: cần bổ sung loại than hoặc nhiệt "
        "trị của chúng."
    ),
    "summary_key_user_lower_bound": (
        "có: ít nhất {toe} TOE ≥ {threshold} TOE/năm (giá trị tối thiểu, chưa tính {names})"
    ),
    "summary_key_user_undecided": (
        "chưa xác định: {toe} TOE khi chưa tính {names} (không quy đổi được), dưới {threshold} "
        "TOE/năm"
    ),
    # the grid emission factor: its year against the period assessed
    "grid_year_label": "Năm của hệ số",
    "grid_year_same": "Hệ số của năm {year}, năm kết thúc kỳ đánh giá.",
    "grid_year_latest": (
        "Hệ số của năm {year}: kỳ đánh giá kết thúc năm {period_year}, năm chưa có hệ số được "
        "công bố; {year} là năm gần nhất đã công bố."
    ),
    "grid_year_other": (
        "Hệ số của năm {year}; kỳ đánh giá kết thúc năm {period_year}, hệ số đã công bố cho kỳ "
        "này là của năm {announced_year} ({value} tấn CO2/MWh)."
    ),
    "grid_year_only": "Hệ số của năm {year}.",
    "grid_year_unofficial": (
        "Hệ số của năm {year}: là số ước tính không chính thức, không phải hệ số do Cục Biến đổi"
        " khí hậu công bố; hệ số đã công bố cho kỳ đánh giá ({period_year}) là của năm "
        "{announced_year} ({value} tấn CO2/MWh)."
    ),
    "grid_year_unofficial_only": (
        "Hệ số của năm {year}: là số ước tính không chính thức, không phải hệ số do Cục Biến đổi"
        " khí hậu công bố."
    ),
    # the unit conversions used, with their definitions
    "annex_units": (
        "Các phép đổi đơn vị đã dùng (do pint, bộ đơn vị của cpaudit, thực hiện theo định nghĩa "
        "của từng đơn vị):"
    ),
    "col_conversion": "Phép đổi",
    "unit_toe": "TOE",
    "col_definition": "Định nghĩa",
    "unit_conversion": "1 {from_unit} = {factor} {to_unit}",
    "unit_no_definition": (
        "{units}: chưa có trong dữ liệu tham chiếu của cpaudit; theo định nghĩa trong bộ đơn vị "
        "của pint"
    ),
    # what each energy conversion actually uses
    "energy_intro_methods": (
        "Năng lượng sử dụng của toàn cơ sở (các tài nguyên năng lượng và nhiên liệu) theo cơ sở "
        "quy đổi của Bộ Công Thương, là cơ sở để xác định cơ sở sử dụng năng lượng trọng điểm: "
        "dùng hệ số của Bộ Công Thương (Công văn 3505/BCT-KHCN) khi có hệ số cho đơn vị đo, điện"
        " tính theo năng lượng sơ cấp (0,0001543 TOE/kWh); lượng đã tính bằng đơn vị năng lượng "
        "thì quy đổi theo nhiệt lượng của đơn vị, như ghi chú dưới bảng. 1 TOE = {gj_per_toe} GJ."
    ),
    "carrier_by_heat_content": (
        "{name}: tính bằng {unit}, là đơn vị năng lượng, nên quy đổi theo nhiệt lượng của đơn "
        "vị (1 {unit} = {gj} GJ), không theo hệ số của Bộ Công Thương: hệ số của Bộ Công Thương "
        "cho dạng năng lượng này tính theo {moit_units}, không áp dụng cho lượng đã tính bằng "
        "đơn vị nhiệt."
    ),
    "carrier_by_heat_content_no_moit": (
        "{name}: tính bằng {unit}, là đơn vị năng lượng, nên quy đổi theo nhiệt lượng của đơn "
        "vị (1 {unit} = {gj} GJ); Bộ Công Thương không có hệ số cho dạng năng lượng này."
    ),
    "carrier_by_heating_value": (
        "{name}: quy đổi theo nhiệt trị đo được ({gj} GJ/{unit}), không theo hệ số của Bộ Công "
        "Thương."
    ),
    "method_heat_content": "theo nhiệt lượng của đơn vị (không dùng hệ số Bộ Công Thương)",
    "method_heating_value": "theo nhiệt trị đo được (không dùng hệ số Bộ Công Thương)",
    "source_heat_content": (
        "nhiệt lượng theo chính đơn vị đo: 1 {unit} = {gj} GJ (xem các phép đổi đơn vị bên dưới)"
    ),
    # the period judged against the scheme's horizon
    "horizon_after": (
        "Kỳ đánh giá ({period}) nằm sau thời hạn của mục tiêu (đến {end}); việc đánh giá vẫn theo"
        " khoảng mục tiêu của thời hạn đó, như đã chọn."
    ),
    "horizon_before": (
        "Kỳ đánh giá ({period}) nằm trước thời hạn của mục tiêu (từ {start}); việc đánh giá vẫn "
        "theo khoảng mục tiêu của thời hạn đó, như đã chọn."
    ),
    "horizon_partly_after": (
        "Kỳ đánh giá ({period}) kéo dài quá thời hạn của mục tiêu (đến {end}); việc đánh giá vẫn "
        "theo khoảng mục tiêu của thời hạn đó, như đã chọn."
    ),
    # the date of the signatures, as letters write it (Decree 30/2020/NĐ-CP, Annex I: a day
    # below 10 and the months 1 and 2 with a leading zero)
    "letter_date": "ngày {day:02d} tháng {month} năm {year}",
    "letter_months": "01 02 3 4 5 6 7 8 9 10 11 12",
    "sign_place_letter_date": "……………………, {date}",
}

CATALOGUES: dict[str, dict[str, str]] = {"en": EN, "vi": VI}


class Texts:
    """The catalogue of one language: ``texts("footer", page=1, pages=3)``."""

    def __init__(self, lang: str) -> None:
        if lang not in CATALOGUES:
            raise ValueError(f"unsupported report language {lang!r}; use one of {LANGUAGES}")
        self.lang = lang
        self._entries = CATALOGUES[lang]

    def __call__(self, key: str, **values: object) -> str:
        text = self._entries[key].format(**values) if values else self._entries[key]
        return unicodedata.normalize("NFC", text)

    def get(self, key: str, default: str) -> str:
        """The entry for ``key`` where the catalogue has one, else ``default`` unchanged."""
        if key in self._entries:
            return self(key)
        return default
