import KomitmenCore

let governmentExamples: [PluginExample] = [
    .valid(
        """
        values:
          documented_departures: 495
          blk_graduates_certified: 194
          complaints_received: 71
          complaints_resolved: 63
          repatriations_assisted: 12
        """),
    .valid(
        """
        values:
          ltsa_units_operating: 7
          village_task_forces: 663
          budget_allocated_idr: 665000000
        programs:
          - name: Pelatihan BLK bahasa asing dan perawatan lansia
            status: ongoing
            budget_idr: 40000000
          - name: Pembentukan gugus tugas TPPO desa
            status: planned
            budget_idr: 625000000
          - name: Sosialisasi migrasi aman di sekolah
            status: done
        """),
    .valid(
        """
        values:
          ltsa_units_operating: 0
          budget_allocated_idr: 0
        programs:
          - name: Persiapan pembukaan LTSA Kabupaten Belu
            status: planned
            budget_idr: 0
        """),
    .valid(
        """
        values:
          documented_departures: 38
        programs: []
        """),
    .invalid(
        """
        programs:
          - name: Pembentukan gugus tugas TPPO desa
            status: ↓finished
        """, contains: "finished", "planned", "ongoing", "done"),
    .invalid(
        """
        programs:
          - name: Sosialisasi migrasi aman
            status: ongoing
          - name: ↓Sosialisasi migrasi aman
            status: done
        """, contains: "duplicate", "Sosialisasi migrasi aman"),
    .invalid(
        """
        programs:
          - ↓name: Pelatihan BLK perawatan lansia
            budget_idr: 40000000
        """, contains: "missing", "status"),
    .invalid(
        """
        programs:
          - name: Pelatihan BLK perawatan lansia
            status: ongoing
            budget_idr: ↓1.500.000.000
        """, contains: "1.500.000.000", "1500000000"),
    .invalid(
        """
        values:
          budget_allocated_idr: ↓-5000000
        """, contains: "-5000000"),
    .invalid(
        """
        values:
          documented_departures: ↓1.234
        """, contains: "thousands separator", "1234"),
    .invalid(
        """
        programs:
          - name: Pelatihan BLK perawatan lansia
            status: ongoing
            ↓budjet_idr: 40000000
        """, contains: "budjet_idr", "budget_idr"),
    .invalid(
        """
        values:
          ↓ltsa_unit_operating: 7
        """, contains: "ltsa_unit_operating", "government", "ltsa_units_operating"),
    .invalid(
        """
        programs: ↓Pelatihan BLK perawatan lansia
        """, contains: "expected a list"),
]
